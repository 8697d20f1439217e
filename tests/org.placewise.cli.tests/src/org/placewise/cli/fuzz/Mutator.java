package org.placewise.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations: the same seed and inputs always give the same mutants, so any crash can be made again from the seed
 * alone. Mutations are of the kinds hostile or broken files are made of: flipped, cut and repeated bytes, values
 * replaced by troublesome ones (huge, negative, not a number, control characters, formulas, paths that climb out),
 * markup inserted (document types, entities, links to other objects), ids swapped, and for workbooks the same done to
 * one part inside the zip.
 */
final class Mutator {

	/** Values that have broken readers before, or could. */
	static final List<String> TROUBLE = List.of("", "-1", "0", "-0", "1e400", "-1e400", "NaN", "Infinity", "1e-400",
			"99999999999999999999999999", "-231000", "2025-02-30", "31/02/2025", "9999-12-31", "0000-00-00",
			"\u0000", "\u001B[31m", "\r", "\t", "=HYPERLINK(\"x\")", "@SUM(A1)", "'", "\"", "\"\"", ",", ";", "<", "&",
			"&amp;", "&#x1B;", "&#0;", "]]>", "../../../../etc/passwd", "missing/../x", "/dev/null", "#", "#//",
			"\uFEFF", "\uD800", "é", "الخدمات", "x".repeat(40_000), "Measure 1;Measure 1", "(id 0)", "null");

	private static final List<String> MARKUP = List.of("<!DOCTYPE x [<!ENTITY a \"b\">]>",
			"<!DOCTYPE x SYSTEM \"file:///etc/passwd\">",
			"&a;", "<children href=\"#/\"/>", "<children href=\"other.placewise#x\"/>", "<?xml version=\"1.1\"?>",
			"<unknownFeature/>", "<measures/>", "<measures id=\"\"/>",
			"<footprints><footprints><footprints/></footprints></footprints>",
			"xsi:type=\"core:PlacewiseModel\"", "xmlns:core=\"http://example.org\"", "<![CDATA[x]]>", "<!-- -->");

	private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");

	private final Random random;

	Mutator(long seed) {
		random = new Random(seed);
	}

	int below(int bound) {
		return random.nextInt(bound);
	}

	/** @return a mutant of XML or CSV text, one to three mutations deep */
	byte[] text(byte[] input, List<byte[]> others) {
		String text = new String(input, StandardCharsets.UTF_8);
		int rounds = 1 + random.nextInt(3);
		for (int i = 0; i < rounds; i++) {
			text = textOnce(text, others);
		}
		return random.nextInt(10) == 0 ? bytes(text.getBytes(StandardCharsets.UTF_8))
				: text.getBytes(StandardCharsets.UTF_8);
	}

	private String textOnce(String text, List<byte[]> others) {
		if (text.isEmpty()) {
			return pick(TROUBLE);
		}
		int at = random.nextInt(text.length() + 1);
		int to = Math.min(text.length(), at + random.nextInt(200));
		return switch (random.nextInt(9)) {
		case 0 -> text.substring(0, at) + text.substring(to);
		case 1 -> text.substring(0, at) + text.substring(Math.min(at, to), to) + text.substring(at);
		case 2 -> text.substring(0, at);
		case 3 -> replaceValue(text, pick(TROUBLE));
		case 4 -> text.substring(0, at) + pick(TROUBLE) + text.substring(at);
		case 5 -> insertAtTag(text, pick(MARKUP));
		case 6 -> swapValues(text);
		case 7 -> splice(text, others);
		default -> replaceCell(text, pick(TROUBLE));
		};
	}

	private String replaceValue(String text, String value) {
		List<int[]> spans = spans(ATTRIBUTE.matcher(text));
		if (spans.isEmpty()) {
			return text + value;
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		return text.substring(0, span[0]) + value.replace("\"", "&quot;") + text.substring(span[1]);
	}

	private String swapValues(String text) {
		List<int[]> spans = spans(ATTRIBUTE.matcher(text));
		if (spans.size() < 2) {
			return text;
		}
		int[] a = spans.get(random.nextInt(spans.size()));
		int[] b = spans.get(random.nextInt(spans.size()));
		if (a[0] > b[0]) {
			int[] c = a;
			a = b;
			b = c;
		}
		if (a[1] > b[0]) {
			return text;
		}
		return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
				+ text.substring(a[0], a[1]) + text.substring(b[1]);
	}

	private static List<int[]> spans(Matcher matcher) {
		List<int[]> spans = new ArrayList<>();
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(1), matcher.end(1) });
		}
		return spans;
	}

	private String insertAtTag(String text, String markup) {
		int tag = text.indexOf('<', random.nextInt(text.length()));
		return tag < 0 ? text + markup : text.substring(0, tag) + markup + text.substring(tag);
	}

	private String replaceCell(String text, String value) {
		String[] lines = text.split("\n", -1);
		int line = random.nextInt(lines.length);
		String[] cells = lines[line].split(",", -1);
		cells[random.nextInt(cells.length)] = random.nextBoolean() ? value : "\"" + value.replace("\"", "\"\"") + "\"";
		lines[line] = String.join(",", cells);
		return String.join("\n", lines);
	}

	private String splice(String text, List<byte[]> others) {
		if (others.isEmpty()) {
			return text;
		}
		String other = new String(others.get(random.nextInt(others.size())), StandardCharsets.UTF_8);
		if (other.isEmpty()) {
			return text;
		}
		int from = random.nextInt(other.length());
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + other.substring(from, Math.min(other.length(), from + 300)) + text.substring(at);
	}

	/** @return a byte-level mutant: flipped bits, random bytes, cut or repeated ranges */
	byte[] bytes(byte[] input) {
		byte[] data = input.clone();
		if (data.length == 0) {
			return new byte[] { (byte) random.nextInt(256) };
		}
		switch (random.nextInt(4)) {
		case 0 -> {
			for (int i = 0; i < 1 + random.nextInt(8); i++) {
				data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
			}
		}
		case 1 -> data[random.nextInt(data.length)] = (byte) random.nextInt(256);
		case 2 -> data = java.util.Arrays.copyOf(data, random.nextInt(data.length));
		default -> {
			int at = random.nextInt(data.length);
			int length = Math.min(data.length - at, 1 + random.nextInt(64));
			byte[] longer = new byte[data.length + length];
			System.arraycopy(data, 0, longer, 0, at + length);
			System.arraycopy(data, at, longer, at + length, data.length - at);
			data = longer;
		}
		}
		return data;
	}

	/** @return a mutant workbook: one part inside the zip mutated as text (or, now and then, the zip's bytes) */
	byte[] workbook(byte[] input) {
		if (random.nextInt(8) == 0) {
			return bytes(input);
		}
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(input))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		} catch (IOException | IllegalArgumentException e) {
			return bytes(input);
		}
		if (parts.isEmpty()) {
			return bytes(input);
		}
		List<String> names = new ArrayList<>(parts.keySet());
		List<String> preferred = names.stream().filter(n -> n.contains("sheet") || n.contains("sharedStrings"))
				.toList();
		String name = !preferred.isEmpty() && random.nextInt(4) != 0 ? pick(preferred) : pick(names);
		parts.put(name, text(parts.get(name), List.of()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			return bytes(input);
		}
		return out.toByteArray();
	}

	/** Option names the commands know, to put where they do not belong. */
	private static final List<String> OPTIONS = List.of("-o", "--output", "--as-of", "--root", "--profile", "--since",
			"--format", "--min-severity", "--measure", "--baseline-points", "--into", "--dry-run", "--wide", "--kind",
			"--list-rules", "--help", "--version", "--", "-", "check", "spc", "report", "diagram", "export", "import",
			"measures", "observations", "json", "sarif", "text", "svg", "png", "{MODEL}", "{CSV}", "{XLSX}", "{OUT}",
			"{DIR}", "{DIR}/missing/../x", "{DIR}/x.csv", "{DIR}/x.xlsx", "{DIR}/x.svg");

	/** @return a mutant argument list */
	List<String> arguments(List<String> input) {
		List<String> args = new ArrayList<>(input);
		int rounds = 1 + random.nextInt(3);
		for (int i = 0; i < rounds; i++) {
			int at = args.isEmpty() ? 0 : random.nextInt(args.size());
			switch (random.nextInt(6)) {
			case 0 -> {
				if (!args.isEmpty()) {
					args.remove(at);
				}
			}
			case 1 -> args.add(at, pick(OPTIONS));
			case 2 -> {
				if (!args.isEmpty()) {
					args.set(at, pick(TROUBLE));
				}
			}
			case 3 -> {
				if (!args.isEmpty()) {
					args.add(at, args.get(random.nextInt(args.size())));
				}
			}
			case 4 -> {
				if (!args.isEmpty()) {
					args.set(at, pick(OPTIONS));
				}
			}
			default -> {
				if (args.size() > 1) {
					java.util.Collections.swap(args, at, random.nextInt(args.size()));
				}
			}
			}
		}
		return args;
	}

	<T> T pick(List<T> from) {
		return from.get(random.nextInt(from.size()));
	}
}
