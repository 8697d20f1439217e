package org.placewise.design.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tokens of an AQL expression of the checked subset, for the checker ({@link AqlSubset}, which types it) and
 * the evaluator ({@link ExpressionEvaluator}, which evaluates it), so both read exactly the same forms. Problems are
 * reported in the reader's own exception type, naming the expression.
 */
abstract class AqlReader {

	private static final Pattern TOKEN = Pattern.compile(
			"\\s*(?:(?<str>'(?:[^'\\\\]|\\\\.)*')|(?<num>\\d+(?:\\.\\d+)?)|(?<id>[A-Za-z_][A-Za-z0-9_]*)|(?<op>::|->|<>|<=|>=|[.()=<>+\\-,|]))");
	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false", "null", "let", "if", "then",
			"else", "endif", "in");

	/** The expression without its {@code aql:} prefix. */
	final String text;
	/** Its tokens. */
	final List<String> tokens = new ArrayList<>();
	/** The index of the next token. */
	int position;

	AqlReader(String text) {
		this.text = text;
		Matcher m = TOKEN.matcher(text);
		int at = 0;
		while (at < text.length() && !text.substring(at).isBlank()) {
			if (!m.find(at) || m.start() != at) {
				throw problem("cannot read 'aql:" + text + "' at '" + text.substring(at).strip() + "'");
			}
			tokens.add(m.group().strip());
			at = m.end();
		}
	}

	/** @return the exception to throw for a problem with this expression */
	abstract RuntimeException problem(String message);

	String peek() {
		return position < tokens.size() ? tokens.get(position) : "";
	}

	boolean accept(String token) {
		if (peek().equals(token)) {
			position++;
			return true;
		}
		return false;
	}

	void expect(String token) {
		if (!accept(token)) {
			throw problem("expected '" + token + "' but found '" + peek() + "' in 'aql:" + text + "'");
		}
	}

	String identifier() {
		String token = peek();
		if (!token.matches("[A-Za-z_][A-Za-z0-9_]*") || KEYWORDS.contains(token)) {
			throw problem("expected a name but found '" + token + "' in 'aql:" + text + "'");
		}
		position++;
		return token;
	}

	/** Fails when tokens are left after a whole expression was read. */
	void requireEnd() {
		if (position < tokens.size()) {
			throw problem("unexpected '" + tokens.get(position) + "' in 'aql:" + text + "'");
		}
	}
}
