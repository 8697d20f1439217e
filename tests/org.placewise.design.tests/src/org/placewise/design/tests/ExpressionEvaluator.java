package org.placewise.design.tests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Evaluates Sirius interpreted expressions on a live Placewise model, for exactly the subset {@link ExpressionTyper}
 * checks: {@code feature:name}, {@code var:name}, {@code service:name}, and the AQL forms of {@link AqlSubset}
 * (literals, variables, enumeration literals, {@code .feature} with AQL's implicit collect over collections, service
 * calls, {@code oclIsKindOf}, {@code oclIsTypeOf}, {@code oclAsType}, {@code eAllContents(T)}, {@code ->size()},
 * {@code ->isEmpty()}, {@code ->notEmpty()}, {@code ->first()}, {@code ->filter(T)}, {@code ->select(v | ..)},
 * {@code ->reject(v | ..)}, {@code = <> < > <= >=}, {@code + -}, {@code and or not}). Everything else is refused with
 * an {@link EvaluationProblem}, as the checker refuses it, so an expression cannot be evaluated here in a way the
 * checker never looked at.
 *
 * <p>
 * Type names ({@code governance::Board}) are resolved to the generated packages registered for the Placewise
 * namespaces, so {@code oclIsKindOf} and enumeration literals compare with the objects of a loaded model. Services are
 * called by reflection on the service instances, choosing the one public method whose first parameter accepts the
 * receiver and whose other parameters accept the arguments, as Sirius's Java-extension lookup does.
 */
public final class ExpressionEvaluator {

	private final Map<String, String> nsUriByPackageName = new HashMap<>();
	private final List<Object> services;
	private int evaluations;

	/**
	 * @param domain   the Placewise packages (any copy: only their names and namespace URIs are used)
	 * @param services the service objects the viewpoint's Java extensions name
	 */
	public ExpressionEvaluator(List<EPackage> domain, List<Object> services) {
		for (EPackage pkg : domain) {
			nsUriByPackageName.put(pkg.getName(), pkg.getNsURI());
		}
		this.services = List.copyOf(services);
	}

	/** @return how many expressions have been evaluated so far */
	public int evaluations() {
		return evaluations;
	}

	/**
	 * @param expression a Sirius interpreted expression
	 * @param variables  the variables Sirius binds, {@code self} included
	 * @return its value: a model object, a Java value, a {@code List} for several values, or null
	 * @throws EvaluationProblem naming the expression when it is outside the subset or cannot be evaluated
	 */
	public Object evaluate(String expression, Map<String, Object> variables) {
		String text = expression.strip();
		evaluations++;
		Object self = variables.get("self");
		try {
			if (text.startsWith("feature:")) {
				return feature(self, text.substring("feature:".length()));
			}
			if (text.startsWith("var:")) {
				String name = text.substring("var:".length());
				if (!variables.containsKey(name)) {
					throw new EvaluationProblem("there is no variable '" + name + "'; bound: " + variables.keySet());
				}
				return variables.get(name);
			}
			if (text.startsWith("service:")) {
				String name = text.substring("service:".length());
				if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
					throw new EvaluationProblem("only service:name (no receiver, no arguments) is evaluated");
				}
				return call(self, name, List.of());
			}
			if (text.startsWith("aql:")) {
				return new Aql(text.substring(4), variables).parse();
			}
			throw new EvaluationProblem(
					"the form is outside the checked subset (only feature:, var:, service: and aql:)");
		} catch (EvaluationProblem e) {
			throw new EvaluationProblem("'" + text + "': " + e.getMessage(), e.getCause());
		}
	}

	/**
	 * @return the value as a boolean, for preconditions and conditions
	 * @throws EvaluationProblem when it is not true or false
	 */
	public boolean test(String expression, Map<String, Object> variables) {
		Object value = evaluate(expression, variables);
		if (value instanceof Boolean b) {
			return b;
		}
		throw new EvaluationProblem("'" + expression + "' gives " + value + " where true or false is needed");
	}

	/** @return the value as a list of model objects (one value becomes a list of one, null an empty list) */
	public List<EObject> objects(String expression, Map<String, Object> variables) {
		List<EObject> result = new ArrayList<>();
		for (Object value : asList(evaluate(expression, variables))) {
			if (!(value instanceof EObject e)) {
				throw new EvaluationProblem("'" + expression + "' gives " + value + " where model elements are needed");
			}
			result.add(e);
		}
		return result;
	}

	// ---- model access ---------------------------------------------------------------------------

	private static Object feature(Object receiver, String name) {
		if (receiver instanceof Collection<?> many) {
			List<Object> collected = new ArrayList<>();
			for (Object one : many) {
				addFlat(collected, feature(one, name));
			}
			return collected;
		}
		if (receiver == null) {
			return null;
		}
		if (!(receiver instanceof EObject object)) {
			throw new EvaluationProblem("." + name + " on " + receiver + ", which is not a model element");
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new EvaluationProblem(object.eClass().getName() + " has no feature '" + name + "'");
		}
		Object value = object.eGet(feature);
		return value instanceof Collection<?> c ? new ArrayList<>(c) : value;
	}

	private static void addFlat(List<Object> into, Object value) {
		if (value instanceof Collection<?> c) {
			c.stream().filter(Objects::nonNull).forEach(into::add);
		} else if (value != null) {
			into.add(value);
		}
	}

	static List<Object> asList(Object value) {
		List<Object> list = new ArrayList<>();
		addFlat(list, value);
		return list;
	}

	private EPackage generated(String packageName) {
		String nsUri = nsUriByPackageName.get(packageName);
		EPackage pkg = nsUri == null ? null : EPackage.Registry.INSTANCE.getEPackage(nsUri);
		if (pkg == null) {
			throw new EvaluationProblem("there is no package '" + packageName + "' in the Placewise metamodel");
		}
		return pkg;
	}

	/**
	 * @param typeName {@code pkg::Class} or {@code pkg.Class}
	 * @return the generated classifier of that name
	 */
	public EClassifier classifier(String typeName) {
		String[] parts = typeName.contains("::") ? typeName.split("::") : typeName.split("\\.");
		if (parts.length != 2) {
			throw new EvaluationProblem("'" + typeName + "' is not a type name of the form package::Class");
		}
		EClassifier classifier = parts[0].equals("ecore") ? EcorePackage.eINSTANCE.getEClassifier(parts[1])
				: generated(parts[0]).getEClassifier(parts[1]);
		if (classifier == null) {
			throw new EvaluationProblem("package '" + parts[0] + "' has no type '" + parts[1] + "'");
		}
		return classifier;
	}

	/** @return the generated class of that name */
	public EClass eClass(String typeName) {
		if (classifier(typeName) instanceof EClass c) {
			return c;
		}
		throw new EvaluationProblem("'" + typeName + "' is not a class");
	}

	// ---- services -------------------------------------------------------------------------------

	private Object call(Object receiver, String name, List<Object> arguments) {
		if (receiver instanceof Collection<?> many) {
			List<Object> collected = new ArrayList<>();
			for (Object one : many) {
				addFlat(collected, call(one, name, arguments));
			}
			return collected;
		}
		if (receiver == null) {
			return null;
		}
		List<Object[]> matches = new ArrayList<>();
		boolean named = false;
		for (Object service : services) {
			for (Method method : service.getClass().getMethods()) {
				if (!method.getName().equals(name) || Modifier.isStatic(method.getModifiers())
						|| method.getDeclaringClass() == Object.class) {
					continue;
				}
				named = true;
				Class<?>[] parameters = method.getParameterTypes();
				if (parameters.length != arguments.size() + 1 || !accepts(parameters[0], receiver)) {
					continue;
				}
				boolean ok = true;
				for (int i = 0; i < arguments.size(); i++) {
					ok &= accepts(parameters[i + 1], arguments.get(i));
				}
				if (ok) {
					matches.add(new Object[] { service, method });
				}
			}
		}
		if (matches.size() != 1) {
			throw new EvaluationProblem(!named ? "there is no service '" + name + "'"
					: matches.isEmpty() ? "service '" + name + "' does not accept " + describe(receiver) + " with "
							+ arguments.size() + " argument(s)" : "service '" + name + "' is ambiguous");
		}
		Method method = (Method) matches.get(0)[1];
		Object[] values = new Object[arguments.size() + 1];
		values[0] = receiver;
		for (int i = 0; i < arguments.size(); i++) {
			values[i + 1] = arguments.get(i);
		}
		try {
			Object result = method.invoke(matches.get(0)[0], values);
			return result instanceof Collection<?> c ? new ArrayList<>(c) : result;
		} catch (InvocationTargetException e) {
			throw new EvaluationProblem("service '" + name + "' failed: " + e.getCause().getMessage(), e.getCause());
		} catch (IllegalAccessException e) {
			throw new EvaluationProblem("service '" + name + "' cannot be called: " + e.getMessage(), e);
		}
	}

	private static String describe(Object value) {
		return value instanceof EObject e ? "a " + e.eClass().getName() : String.valueOf(value);
	}

	private static boolean accepts(Class<?> parameter, Object value) {
		if (value == null) {
			return !parameter.isPrimitive();
		}
		Class<?> boxed = parameter == boolean.class ? Boolean.class
				: parameter == int.class ? Integer.class : parameter;
		return boxed.isInstance(value);
	}

	// ---- the AQL subset -------------------------------------------------------------------------

	/** One AQL expression being read and evaluated at once, with the grammar of {@link AqlSubset}. */
	private final class Aql extends AqlReader {

		private final Map<String, Object> variables;

		Aql(String text, Map<String, Object> variables) {
			super(text);
			this.variables = new HashMap<>(variables);
		}

		@Override
		RuntimeException problem(String message) {
			return new EvaluationProblem(message);
		}

		Object parse() {
			Object result = or();
			requireEnd();
			return result;
		}

		private boolean bool(Object value, String operator) {
			if (value instanceof Boolean b) {
				return b;
			}
			throw new EvaluationProblem("'" + operator + "' needs true/false but gets " + value);
		}

		private Object or() {
			Object left = and();
			while (accept("or")) {
				boolean a = bool(left, "or");
				boolean b = bool(and(), "or");
				left = a || b;
			}
			return left;
		}

		private Object and() {
			Object left = comparison();
			while (accept("and")) {
				boolean a = bool(left, "and");
				boolean b = bool(comparison(), "and");
				left = a && b;
			}
			return left;
		}

		private Object comparison() {
			Object left = additive();
			String op = peek();
			if (!Set.of("=", "<>", "<", ">", "<=", ">=").contains(op)) {
				return left;
			}
			position++;
			Object right = additive();
			if (op.equals("=") || op.equals("<>")) {
				boolean equal = left instanceof Number a && right instanceof Number b
						? decimal(a).compareTo(decimal(b)) == 0
						: Objects.equals(left, right);
				return op.equals("=") == equal;
			}
			if (!(left instanceof Number a) || !(right instanceof Number b)) {
				throw new EvaluationProblem("'" + op + "' compares " + left + " with " + right + ", not two numbers");
			}
			int c = decimal(a).compareTo(decimal(b));
			return switch (op) {
			case "<" -> c < 0;
			case ">" -> c > 0;
			case "<=" -> c <= 0;
			default -> c >= 0;
			};
		}

		private static BigDecimal decimal(Number n) {
			return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
		}

		private Object additive() {
			Object left = unary();
			while (peek().equals("+") || peek().equals("-")) {
				String op = tokens.get(position++);
				Object right = unary();
				if (op.equals("+") && (left instanceof String || right instanceof String)) {
					left = (left == null ? "" : String.valueOf(left)) + (right == null ? "" : String.valueOf(right));
				} else if (left instanceof Number a && right instanceof Number b) {
					BigDecimal sum = op.equals("+") ? decimal(a).add(decimal(b)) : decimal(a).subtract(decimal(b));
					left = a instanceof Integer && b instanceof Integer ? (Object) sum.intValueExact() : sum;
				} else {
					throw new EvaluationProblem("'" + op + "' cannot combine " + left + " and " + right);
				}
			}
			return left;
		}

		private Object unary() {
			if (accept("not")) {
				return !bool(unary(), "not");
			}
			return postfix(primary());
		}

		private Object primary() {
			String token = peek();
			if (token.startsWith("'")) {
				position++;
				return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
			}
			if (token.matches("\\d+")) {
				position++;
				return Integer.valueOf(token);
			}
			if (accept("true")) {
				return Boolean.TRUE;
			}
			if (accept("false")) {
				return Boolean.FALSE;
			}
			if (accept("(")) {
				Object inner = or();
				expect(")");
				return inner;
			}
			String name = identifier();
			if (accept("::")) {
				String second = identifier();
				if (accept("::")) {
					String literal = identifier();
					if (!(classifier(name + "::" + second) instanceof EEnum enumeration)) {
						throw new EvaluationProblem("'" + name + "::" + second + "' is not an enumeration");
					}
					EEnumLiteral value = enumeration.getEEnumLiteral(literal);
					if (value == null) {
						throw new EvaluationProblem(enumeration.getName() + " has no literal '" + literal + "'");
					}
					return value.getInstance();
				}
				throw new EvaluationProblem("type literal '" + name + "::" + second
						+ "' may only be an argument of filter, oclIsKindOf, oclAsType or eAllContents");
			}
			if (!variables.containsKey(name)) {
				throw new EvaluationProblem("there is no variable '" + name + "'; bound: " + variables.keySet());
			}
			return variables.get(name);
		}

		private EClass typeLiteral() {
			String pkg = identifier();
			expect("::");
			return eClass(pkg + "::" + identifier());
		}

		private Object postfix(Object receiver) {
			while (true) {
				if (accept(".")) {
					String name = identifier();
					receiver = accept("(") ? call(receiver, name) : feature(receiver, name);
				} else if (accept("->")) {
					receiver = collectionCall(receiver, identifier());
				} else {
					return receiver;
				}
			}
		}

		private Object eachOrOne(Object receiver, java.util.function.Function<Object, Object> f) {
			if (receiver instanceof Collection<?> many) {
				List<Object> collected = new ArrayList<>();
				for (Object one : many) {
					addFlat(collected, f.apply(one));
				}
				return collected;
			}
			return receiver == null ? null : f.apply(receiver);
		}

		private Object call(Object receiver, String name) {
			switch (name) {
			case "oclIsKindOf", "oclIsTypeOf" -> {
				EClass type = typeLiteral();
				expect(")");
				boolean exact = name.equals("oclIsTypeOf");
				return eachOrOne(receiver, one -> one instanceof EObject e
						&& (exact ? e.eClass() == type : type.isSuperTypeOf(e.eClass())));
			}
			case "oclAsType" -> {
				EClass type = typeLiteral();
				expect(")");
				return eachOrOne(receiver, one -> {
					if (!(one instanceof EObject e) || !type.isSuperTypeOf(e.eClass())) {
						throw new EvaluationProblem(describe(one) + " is not a " + type.getName());
					}
					return one;
				});
			}
			case "eAllContents" -> {
				EClass type = typeLiteral();
				expect(")");
				return eachOrOne(receiver, one -> {
					List<Object> found = new ArrayList<>();
					if (one instanceof EObject e) {
						e.eAllContents().forEachRemaining(c -> {
							if (type.isInstance(c)) {
								found.add(c);
							}
						});
					}
					return found;
				});
			}
			default -> {
				List<Object> arguments = new ArrayList<>();
				if (!accept(")")) {
					do {
						arguments.add(or());
					} while (accept(","));
					expect(")");
				}
				return ExpressionEvaluator.this.call(receiver, name, arguments);
			}
			}
		}

		private Object collectionCall(Object receiver, String name) {
			expect("(");
			List<Object> values = asList(receiver);
			switch (name) {
			case "size" -> {
				expect(")");
				return values.size();
			}
			case "isEmpty", "notEmpty" -> {
				expect(")");
				return values.isEmpty() == name.equals("isEmpty");
			}
			case "first" -> {
				expect(")");
				return values.isEmpty() ? null : values.get(0);
			}
			case "filter" -> {
				EClass type = typeLiteral();
				expect(")");
				return new ArrayList<>(values.stream().filter(type::isInstance).toList());
			}
			case "select", "reject" -> {
				String iterator = identifier();
				expect("|");
				int body = position;
				List<Object> kept = new ArrayList<>();
				boolean hadIterator = variables.containsKey(iterator);
				Object previous = variables.get(iterator);
				if (values.isEmpty()) {
					skipBody();
				}
				for (Object value : values) {
					position = body;
					variables.put(iterator, value);
					if (bool(or(), name) == name.equals("select")) {
						kept.add(value);
					}
				}
				if (hadIterator) {
					variables.put(iterator, previous);
				} else {
					variables.remove(iterator);
				}
				expect(")");
				return kept;
			}
			default ->
				throw new EvaluationProblem("collection operation '->" + name + "' is not in the checked subset");
			}
		}

		/** Moves past a lambda body without evaluating it (for an empty collection). */
		private void skipBody() {
			int depth = 0;
			while (position < tokens.size()) {
				String token = tokens.get(position);
				if (token.equals("(")) {
					depth++;
				} else if (token.equals(")")) {
					if (depth == 0) {
						return;
					}
					depth--;
				}
				position++;
			}
		}
	}

	/** @return the distinct values, in order (Sirius shows each semantic candidate once per mapping and parent) */
	static List<EObject> distinct(List<EObject> values) {
		return List.copyOf(new LinkedHashSet<>(values));
	}
}
