package org.placewise.design.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * A recursive-descent reader for the subset of AQL described in {@link ExpressionTyper}, typing each sub-expression as
 * it reads it. Precedence, lowest first: {@code or}, {@code and}, comparisons, {@code + -}, {@code not}, then
 * navigation ({@code .} and {@code ->}).
 */
final class AqlSubset extends AqlReader {

	private final ExpressionTyper typer;
	private final Map<String, ExprType> variables;

	AqlSubset(ExpressionTyper typer, String text, Map<String, ExprType> variables) {
		super(text);
		this.typer = typer;
		this.variables = new HashMap<>(variables);
	}

	@Override
	RuntimeException problem(String message) {
		return new ExpressionProblem(message);
	}

	ExprType parse() {
		ExprType result = or();
		requireEnd();
		return result;
	}

	private static ExprType bool() {
		return ExprType.one(EcorePackage.Literals.EBOOLEAN);
	}

	private void requireBoolean(ExprType type, String operator) {
		if (type.many() || !type.options().equals(Set.of(EcorePackage.Literals.EBOOLEAN))) {
			throw new ExpressionProblem(
					"'" + operator + "' needs true/false but gets " + type + " in 'aql:" + text + "'");
		}
	}

	private ExprType or() {
		ExprType left = and();
		while (accept("or")) {
			requireBoolean(left, "or");
			requireBoolean(and(), "or");
			left = bool();
		}
		return left;
	}

	private ExprType and() {
		ExprType left = comparison();
		while (accept("and")) {
			requireBoolean(left, "and");
			requireBoolean(comparison(), "and");
			left = bool();
		}
		return left;
	}

	private ExprType comparison() {
		ExprType left = additive();
		String op = peek();
		if (Set.of("=", "<>", "<", ">", "<=", ">=").contains(op)) {
			position++;
			ExprType right = additive();
			for (EClassifier a : left.options()) {
				for (EClassifier b : right.options()) {
					// Comparing literals of two different enumerations is always false: a typo, not intent.
					if (a instanceof EEnum && b instanceof EEnum && a != b) {
						throw new ExpressionProblem(
								"compares " + a.getName() + " with " + b.getName() + " in 'aql:" + text + "'");
					}
				}
			}
			return bool();
		}
		return left;
	}

	private ExprType additive() {
		ExprType left = unary();
		while (peek().equals("+") || peek().equals("-")) {
			String op = tokens.get(position++);
			ExprType right = unary();
			boolean text = left.options().contains(EcorePackage.Literals.ESTRING)
					|| right.options().contains(EcorePackage.Literals.ESTRING);
			if (op.equals("+") && text) {
				left = ExprType.one(EcorePackage.Literals.ESTRING);
			} else {
				left = ExprType.one(EcorePackage.Literals.EBIG_DECIMAL);
			}
		}
		return left;
	}

	private ExprType unary() {
		if (accept("not")) {
			requireBoolean(unary(), "not");
			return bool();
		}
		return postfix(primary());
	}

	private ExprType primary() {
		String token = peek();
		if (token.startsWith("'")) {
			position++;
			return ExprType.one(EcorePackage.Literals.ESTRING);
		}
		if (token.matches("\\d+")) {
			position++;
			return ExprType.one(EcorePackage.Literals.EINT);
		}
		if (accept("true") || accept("false")) {
			return bool();
		}
		if (accept("(")) {
			ExprType inner = or();
			expect(")");
			return inner;
		}
		String name = identifier();
		if (accept("::")) {
			String second = identifier();
			if (accept("::")) {
				String literal = identifier();
				EEnum enumeration = typer.enumeration(name, second);
				if (enumeration.getEEnumLiteral(literal) == null) {
					throw new ExpressionProblem(enumeration.getName() + " has no literal '" + literal + "'");
				}
				return ExprType.one(enumeration);
			}
			throw new ExpressionProblem("type literal '" + name + "::" + second
					+ "' may only be an argument of filter, oclIsKindOf, oclAsType or eAllContents");
		}
		ExprType variable = variables.get(name);
		if (variable == null) {
			throw new ExpressionProblem("there is no variable '" + name + "' here; in scope: " + variables.keySet());
		}
		return variable;
	}

	private EClass typeLiteral() {
		String pkg = identifier();
		expect("::");
		String name = identifier();
		return typer.eClass(pkg + "::" + name);
	}

	private ExprType postfix(ExprType receiver) {
		while (true) {
			if (accept(".")) {
				String name = identifier();
				if (accept("(")) {
					receiver = call(receiver, name);
				} else {
					receiver = typer.typeOf(typer.features(receiver, name), receiver.many());
				}
			} else if (accept("->")) {
				receiver = collectionCall(receiver, identifier());
			} else {
				return receiver;
			}
		}
	}

	private ExprType call(ExprType receiver, String name) {
		switch (name) {
		case "oclIsKindOf", "oclIsTypeOf" -> {
			EClass type = typeLiteral();
			expect(")");
			if (receiver.options().stream().noneMatch(o -> ExpressionTyper.related(o, type))) {
				throw new ExpressionProblem(receiver + " can never be a " + type.getName() + " in 'aql:" + text + "'");
			}
			return receiver.many() ? bool().asMany() : bool();
		}
		case "oclAsType" -> {
			EClass type = typeLiteral();
			expect(")");
			if (receiver.options().stream().noneMatch(o -> ExpressionTyper.related(o, type))) {
				throw new ExpressionProblem(receiver + " can never be a " + type.getName() + " in 'aql:" + text + "'");
			}
			ExprType narrowed = ExprType.one(type);
			return receiver.many() ? narrowed.asMany() : narrowed;
		}
		case "eAllContents" -> {
			EClass type = typeLiteral();
			expect(")");
			return ExprType.one(type).asMany();
		}
		default -> {
			List<ExprType> arguments = new ArrayList<>();
			if (!accept(")")) {
				do {
					arguments.add(or());
				} while (accept(","));
				expect(")");
			}
			return typer.service(name, receiver, arguments);
		}
		}
	}

	private ExprType collectionCall(ExprType receiver, String name) {
		expect("(");
		switch (name) {
		case "size" -> {
			expect(")");
			return ExprType.one(EcorePackage.Literals.EINT);
		}
		case "isEmpty", "notEmpty" -> {
			expect(")");
			return bool();
		}
		case "first" -> {
			expect(")");
			return receiver.asOne();
		}
		case "filter" -> {
			EClass type = typeLiteral();
			expect(")");
			return ExprType.one(type).asMany();
		}
		case "select", "reject" -> {
			String iterator = identifier();
			expect("|");
			ExprType previous = variables.put(iterator, receiver.asOne());
			requireBoolean(or(), name);
			if (previous == null) {
				variables.remove(iterator);
			} else {
				variables.put(iterator, previous);
			}
			expect(")");
			return receiver.asMany();
		}
		default -> throw new ExpressionProblem(
				"collection operation '->" + name + "' is not in the checked AQL subset ('aql:" + text + "')");
		}
	}
}
