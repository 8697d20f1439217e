package org.placewise.spc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader for the JSON the tests check: objects become maps, arrays lists, numbers doubles. It refuses anything
 * RFC 8259 does not allow, so a test that parses output proves the output is valid JSON.
 */
final class MiniJson {

	private final String text;
	private int at;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson reader = new MiniJson(text);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.at != text.length()) {
			throw reader.error("text after the value");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		skipSpace();
		if (peek() == '}') {
			at++;
			return map;
		}
		while (true) {
			skipSpace();
			String name = string();
			skipSpace();
			expect(':');
			if (map.put(name, value()) != null) {
				throw error("duplicate name " + name);
			}
			skipSpace();
			if (peek() == ',') {
				at++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		skipSpace();
		if (peek() == ']') {
			at++;
			return list;
		}
		while (true) {
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				at++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("raw control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escape = text.charAt(at++);
			switch (escape) {
			case '"', '\\', '/' -> out.append(escape);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape \\" + escape);
			}
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("expected " + word);
		}
		at += word.length();
		return value;
	}

	private Double number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at);
		if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw error("bad number '" + number + "'");
		}
		return Double.valueOf(number);
	}

	private void skipSpace() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		at++;
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("Invalid JSON at " + at + ": " + problem);
	}
}
