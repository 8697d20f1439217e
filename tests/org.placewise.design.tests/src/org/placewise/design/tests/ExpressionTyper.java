package org.placewise.design.tests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Works out the type of a Sirius expression against the Placewise metamodel and the services classes, or throws an
 * {@link ExpressionProblem}. Checked forms:
 * <ul>
 * <li>{@code feature:name} &ndash; a structural feature of the context type;</li>
 * <li>{@code var:name} &ndash; a variable in scope;</li>
 * <li>{@code service:name} &ndash; a public service method taking the context object;</li>
 * <li>{@code aql:} the subset Placewise uses: {@code self}, variables, literals ({@code 'text'}, integers,
 * {@code true}, {@code false}), enumeration literals {@code pkg::Enum::LITERAL}, navigation {@code .feature}, service
 * calls {@code .service(args)}, {@code oclIsKindOf}, {@code oclAsType}, {@code eAllContents} with a type literal,
 * collection calls {@code ->size()}, {@code ->isEmpty()}, {@code ->notEmpty()}, {@code ->first()}, {@code ->filter(T)},
 * {@code ->select(v | ...)}, {@code ->reject(v | ...)}, and the operators {@code = <> < > <= >=}, {@code + -},
 * {@code and or not}.</li>
 * </ul>
 * Anything else (other interpreters such as {@code ocl:} or Acceleo {@code [..]}, other AQL operations, {@code let},
 * {@code if}) is refused with a problem rather than passed unchecked.
 */
public final class ExpressionTyper {

	private final List<EPackage> packages;
	private final List<Class<?>> services;
	private final Map<EClassifier, Class<?>> javaTypes = new HashMap<>();

	/**
	 * @param packages the domain metamodel (dynamic packages loaded from .ecore files)
	 * @param services the Java service classes the viewpoint declares
	 */
	public ExpressionTyper(List<EPackage> packages, List<Class<?>> services) {
		this.packages = List.copyOf(packages);
		this.services = List.copyOf(services);
	}

	// ---- metamodel look-ups ---------------------------------------------------------------------

	/**
	 * Resolves a Sirius type name, {@code pkg::Class} or {@code pkg.Class}.
	 *
	 * @param typeName the name
	 * @return the classifier
	 * @throws ExpressionProblem when no package or classifier has that name
	 */
	public EClassifier classifier(String typeName) {
		String[] parts = typeName.contains("::") ? typeName.split("::") : typeName.split("\\.");
		if (parts.length != 2) {
			throw new ExpressionProblem("'" + typeName + "' is not a type name of the form package::Class");
		}
		for (EPackage pkg : packages) {
			if (pkg.getName().equals(parts[0])) {
				EClassifier classifier = pkg.getEClassifier(parts[1]);
				if (classifier == null) {
					throw new ExpressionProblem("package '" + parts[0] + "' has no type '" + parts[1] + "'");
				}
				return classifier;
			}
		}
		if (parts[0].equals("ecore") && EcorePackage.eINSTANCE.getEClassifier(parts[1]) != null) {
			return EcorePackage.eINSTANCE.getEClassifier(parts[1]);
		}
		throw new ExpressionProblem(
				"there is no package '" + parts[0] + "' in the Placewise metamodel (type '" + typeName + "')");
	}

	/**
	 * @param typeName a Sirius type name
	 * @return the class
	 * @throws ExpressionProblem when it does not name a class
	 */
	public EClass eClass(String typeName) {
		if (classifier(typeName) instanceof EClass eClass) {
			return eClass;
		}
		throw new ExpressionProblem("'" + typeName + "' is not a class");
	}

	/**
	 * @return the feature of this name on every option of the type
	 * @throws ExpressionProblem naming the type when one option lacks it
	 */
	public List<EStructuralFeature> features(ExprType type, String name) {
		requireModel(type, "." + name);
		List<EStructuralFeature> found = new ArrayList<>();
		for (EClassifier option : type.options()) {
			EStructuralFeature feature = option instanceof EClass c ? c.getEStructuralFeature(name) : null;
			if (feature == null) {
				throw new ExpressionProblem(option.getName() + " has no feature '" + name + "'");
			}
			found.add(feature);
		}
		return found;
	}

	/** @return whether {@code sub} is {@code sup} or a subtype of it (everything conforms to EObject) */
	public static boolean conforms(EClassifier sub, EClassifier sup) {
		if (sub == sup || sup == EcorePackage.Literals.EOBJECT) {
			return true;
		}
		if (sub instanceof EClass subClass && sup instanceof EClass supClass) {
			return supClass.isSuperTypeOf(subClass);
		}
		return sub.getInstanceClass() != null && sub.getInstanceClass() == sup.getInstanceClass();
	}

	/** @return whether one of the two classifiers conforms to the other */
	public static boolean related(EClassifier a, EClassifier b) {
		return conforms(a, b) || conforms(b, a);
	}

	/**
	 * The Java class behind a classifier: Ecore data types know theirs; for the dynamic Placewise packages the
	 * generated package registered under the same nsURI is asked.
	 */
	Class<?> javaClass(EClassifier classifier) {
		return javaTypes.computeIfAbsent(classifier, c -> {
			if (c.getInstanceClass() != null) {
				return c.getInstanceClass();
			}
			EPackage generated = EPackage.Registry.INSTANCE.getEPackage(c.getEPackage().getNsURI());
			EClassifier twin = generated == null ? null : generated.getEClassifier(c.getName());
			if (twin == null || twin.getInstanceClass() == null) {
				throw new ExpressionProblem(
						"no generated Java type for " + c.getName() + " (is the model package registered?)");
			}
			return twin.getInstanceClass();
		});
	}

	private ExprType fromJava(Type type, String what) {
		if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			return fromJava(p.getActualTypeArguments()[0], what).asMany();
		}
		if (!(type instanceof Class<?> c)) {
			throw new ExpressionProblem(what + " returns " + type + ", a type the checker cannot follow");
		}
		if (c == String.class) {
			return ExprType.one(EcorePackage.Literals.ESTRING);
		}
		if (c == boolean.class || c == Boolean.class) {
			return ExprType.one(EcorePackage.Literals.EBOOLEAN);
		}
		if (c == int.class || c == Integer.class) {
			return ExprType.one(EcorePackage.Literals.EINT);
		}
		if (c == BigDecimal.class) {
			return ExprType.one(EcorePackage.Literals.EBIG_DECIMAL);
		}
		if (c == EObject.class) {
			return ExprType.one(EcorePackage.Literals.EOBJECT);
		}
		for (EPackage pkg : packages) {
			for (EClassifier classifier : pkg.getEClassifiers()) {
				if (javaClass(classifier) == c) {
					return ExprType.one(classifier);
				}
			}
		}
		throw new ExpressionProblem(what + " returns " + c.getName() + ", a type the checker cannot follow");
	}

	private static Class<?> boxed(Class<?> c) {
		if (!c.isPrimitive()) {
			return c;
		}
		return c == boolean.class ? Boolean.class
				: c == int.class ? Integer.class
						: c == long.class ? Long.class
								: c == double.class ? Double.class : c;
	}

	private boolean accepts(Class<?> parameter, ExprType argument) {
		if (argument.view()) {
			return false;
		}
		for (EClassifier option : argument.options()) {
			if (!boxed(parameter).isAssignableFrom(boxed(javaClass(option)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The type of a service call, after finding exactly one public method of that name whose first parameter accepts
	 * the receiver and whose other parameters accept the arguments.
	 *
	 * @throws ExpressionProblem naming the service when none or several match
	 */
	public ExprType service(String name, ExprType receiver, List<ExprType> arguments) {
		requireModel(receiver, name + "()");
		List<Method> matches = new ArrayList<>();
		boolean named = false;
		for (Class<?> service : services) {
			for (Method method : service.getMethods()) {
				if (!method.getName().equals(name) || Modifier.isStatic(method.getModifiers())
						|| method.getDeclaringClass() == Object.class) {
					continue;
				}
				named = true;
				Class<?>[] parameters = method.getParameterTypes();
				if (parameters.length != arguments.size() + 1 || !accepts(parameters[0], receiver.asOne())) {
					continue;
				}
				boolean ok = true;
				for (int i = 0; i < arguments.size(); i++) {
					ok &= accepts(parameters[i + 1], arguments.get(i));
				}
				if (ok) {
					matches.add(method);
				}
			}
		}
		if (matches.size() != 1) {
			throw new ExpressionProblem(!named ? "there is no service '" + name + "' in " + serviceNames()
					: matches.isEmpty()
							? "service '" + name + "' does not accept " + receiver.asOne() + " with " + arguments.size()
									+ " argument(s)"
							: "service '" + name + "' is ambiguous for " + receiver);
		}
		ExprType result = fromJava(matches.get(0).getGenericReturnType(), "service '" + name + "'");
		return receiver.many() ? result.asMany() : result;
	}

	private String serviceNames() {
		return services.stream().map(Class::getSimpleName).toList().toString();
	}

	private static void requireModel(ExprType type, String what) {
		if (type.view()) {
			throw new ExpressionProblem(what + " is used on a Sirius view, which the checker does not navigate");
		}
	}

	// ---- the expression forms -------------------------------------------------------------------

	/**
	 * @param expression a Sirius interpreted expression
	 * @param variables  the variables in scope, {@code self} included
	 * @return its type
	 * @throws ExpressionProblem when it does not resolve or uses a form that is not checked
	 */
	public ExprType type(String expression, Map<String, ExprType> variables) {
		String text = expression.strip();
		ExprType self = variables.get("self");
		if (text.startsWith("feature:")) {
			String name = text.substring("feature:".length());
			List<EStructuralFeature> features = features(self, name);
			return typeOf(features, self.many());
		}
		if (text.startsWith("var:")) {
			String name = text.substring("var:".length());
			ExprType type = variables.get(name);
			if (type == null) {
				throw new ExpressionProblem(
						"there is no variable '" + name + "' here; in scope: " + variables.keySet());
			}
			return type;
		}
		if (text.startsWith("service:")) {
			String name = text.substring("service:".length());
			if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
				throw new ExpressionProblem(
						"only service:name (no receiver, no arguments) is checked, not '" + text + "'");
			}
			return service(name, self, List.of());
		}
		if (text.startsWith("aql:")) {
			return new AqlSubset(this, text.substring(4), variables).parse();
		}
		throw new ExpressionProblem(
				"'" + text + "' uses a form the checker cannot check (only feature:, var:, service: and aql: are)");
	}

	/** @return the type of navigating the features (one per option of the receiver) */
	ExprType typeOf(List<EStructuralFeature> features, boolean receiverMany) {
		Set<EClassifier> types = new LinkedHashSet<>();
		boolean many = receiverMany;
		for (EStructuralFeature feature : features) {
			types.add(feature.getEType());
			many |= feature.isMany();
		}
		return new ExprType(types, many, false);
	}

	/** @return whether an enumeration literal of this name exists */
	EEnum enumeration(String pkg, String name) {
		if (classifier(pkg + "::" + name) instanceof EEnum e) {
			return e;
		}
		throw new ExpressionProblem("'" + pkg + "::" + name + "' is not an enumeration");
	}
}
