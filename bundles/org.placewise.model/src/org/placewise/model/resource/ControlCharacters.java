package org.placewise.model.resource;

/**
 * Control characters in text from files: which a model may hold, and how to show any of them in a message without the
 * terminal acting on it (an ESC starts a terminal command; a NUL cannot be written in a model file at all).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * @param codePoint a character
	 * @return whether a model's text may not hold it: C0 controls other than tab, line feed and carriage return (XML
	 *         1.0 cannot hold them), DEL, C1 controls (terminals act on some), the non-characters U+FFFE and U+FFFF,
	 *         and unpaired surrogates
	 */
	public static boolean isForbidden(int codePoint) {
		if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
			return false;
		}
		return codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F || codePoint == 0xFFFE
				|| codePoint == 0xFFFF || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
	}

	/**
	 * @param text any text
	 * @return the first forbidden character in it (see {@link #isForbidden(int)}), or -1 when there is none
	 */
	public static int firstForbidden(String text) {
		// Every string of a model passes here when it is opened: a plain loop, no streams.
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7F || c > 0x9F && c < Character.MIN_SURROGATE) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (isForbidden(c)) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * @param codePoint a character
	 * @return it written as a Java escape, for example {@code \u001B}
	 */
	public static String escape(int codePoint) {
		return String.format("\\u%04X", codePoint);
	}

	/**
	 * @param text any text, or {@code null}
	 * @return the text with every control character (tab and line breaks too) and every other forbidden character
	 *         written as an escape such as {@code \u001B}: safe to print on one line of a terminal
	 */
	public static String escape(String text) {
		if (text == null || text.codePoints().noneMatch(c -> c < 0x20 || isForbidden(c))) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (c < 0x20 || isForbidden(c)) {
				shown.append(escape(c));
			} else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}
}
