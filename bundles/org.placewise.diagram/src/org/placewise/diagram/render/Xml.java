package org.placewise.diagram.render;

/**
 * The one XML escaper of Placewise: SVG (diagrams, charts, icons) and the leaders' pack's XHTML all escape through it,
 * so a name reads the same in every output.
 *
 * <p>
 * Both methods escape the five markup characters ({@code & < > " '}, the apostrophe as {@code &apos;}), so their result
 * is safe in element content and in a quoted attribute alike. Characters XML 1.0 cannot carry are dropped: C0 controls
 * other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF. A carriage return is written
 * as {@code &#13;} because a parser would otherwise turn it into a line feed. {@link #attribute(String)} also writes
 * tab and line feed as character references, which attribute-value normalisation would otherwise turn into spaces.
 */
public final class Xml {

	private Xml() {
	}

	/**
	 * @param s text for element content; {@code null} gives the empty string
	 * @return the escaped text
	 */
	public static String text(String s) {
		return escape(s, false);
	}

	/**
	 * @param s the value of a quoted attribute; {@code null} gives the empty string
	 * @return the escaped value
	 */
	public static String attribute(String s) {
		return escape(s, true);
	}

	private static String escape(String s, boolean attribute) {
		if (s == null) {
			return "";
		}
		StringBuilder out = null;
		int length = s.length();
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			String replacement = switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&apos;";
			case '\r' -> "&#13;";
			case '\n' -> attribute ? "&#10;" : null;
			case '\t' -> attribute ? "&#9;" : null;
			default -> allowed(s, i) ? null : "";
			};
			if (replacement == null) {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(length + 16).append(s, 0, i);
			}
			out.append(replacement);
		}
		return out == null ? s : out.toString();
	}

	/** Whether the char at {@code i} may stand in XML 1.0 (a surrogate only as half of a pair). */
	private static boolean allowed(String s, int i) {
		char c = s.charAt(i);
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
		}
		return c != 0xfffe && c != 0xffff;
	}
}
