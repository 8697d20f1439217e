package org.placewise.design.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Checks every expression, domain class, feature name and service call of a viewpoint specification ({@code .odesign},
 * loaded with dynamic EMF) against the domain metamodel and the services classes, giving each expression the context
 * Sirius evaluates it in: a mapping's candidates are evaluated on its parent's element, its styles on its own element,
 * a tool's operations on the element the tool was used on, and so on. The result is a list of problems, each naming
 * where it is ({@code OutcomeTree / OutcomeNode / semanticCandidatesExpression}) and what is wrong. Elements and
 * expression kinds the checker does not know are reported too, and at the end every non-empty expression, type name and
 * feature name in the file must have been checked, so nothing passes unseen.
 */
public final class OdesignChecker {

	private static final Set<String> CHECKED_DATA_TYPES = Set.of("InterpretedExpression", "TypeName", "FeatureName");

	private final List<EPackage> domain;
	private final ClassLoader loader;
	private final List<String> problems = new ArrayList<>();
	private final Map<EObject, Set<String>> seen = new IdentityHashMap<>();
	private ExpressionTyper typer;
	private int checkedExpressions;

	/**
	 * @param domain the domain metamodel packages
	 * @param loader loads the services classes the viewpoint names
	 */
	public OdesignChecker(List<EPackage> domain, ClassLoader loader) {
		this.domain = List.copyOf(domain);
		this.loader = loader;
	}

	/**
	 * @param group the root of an .odesign
	 * @return the problems found, empty when everything resolves
	 */
	public List<String> check(EObject group) {
		for (EObject viewpoint : list(group, "ownedViewpoints")) {
			List<Class<?>> services = new ArrayList<>();
			for (EObject extension : list(viewpoint, "ownedJavaExtensions")) {
				String name = (String) mark(extension, "qualifiedClassName");
				try {
					services.add(Class.forName(name, false, loader));
				} catch (ClassNotFoundException e) {
					problem(extension, "qualifiedClassName", "service class " + name + " does not exist");
				}
			}
			typer = new ExpressionTyper(domain, services);
			for (EObject representation : list(viewpoint, "ownedRepresentations")) {
				switch (representation.eClass().getName()) {
				case "DiagramDescription" -> diagram(representation);
				case "EditionTableDescription" -> table(representation);
				default -> problem(representation, null,
						"representation kind " + representation.eClass().getName() + " is not checked");
				}
			}
		}
		reportUnchecked(group);
		return List.copyOf(problems);
	}

	/** @return how many expressions the last {@link #check(EObject)} evaluated (one per context) */
	public int checkedExpressions() {
		return checkedExpressions;
	}

	// ---- diagrams -------------------------------------------------------------------------------

	private void diagram(EObject diagram) {
		EClass root = domainClass(diagram);
		if (root == null) {
			return;
		}
		expression(diagram, "titleExpression", vars(root), Expect.ANY);
		List<EObject> layers = new ArrayList<>();
		if (get(diagram, "defaultLayer") != null) {
			layers.add((EObject) get(diagram, "defaultLayer"));
		}
		layers.addAll(list(diagram, "additionalLayers"));

		// Which element types each node or container mapping can be shown inside.
		Map<EObject, Set<EClassifier>> parents = new LinkedHashMap<>();
		List<EObject> mappings = new ArrayList<>();
		List<EObject> edges = new ArrayList<>();
		for (EObject layer : layers) {
			for (String feature : List.of("nodeMappings", "containerMappings")) {
				for (EObject mapping : list(layer, feature)) {
					parents.computeIfAbsent(mapping, m -> new LinkedHashSet<>()).add(root);
				}
			}
			edges.addAll(list(layer, "edgeMappings"));
		}
		diagram.eAllContents().forEachRemaining(o -> {
			String type = o.eClass().getName();
			if (type.equals("NodeMapping") || type.equals("ContainerMapping")) {
				mappings.add(o);
			}
		});
		for (EObject container : mappings) {
			if (!container.eClass().getName().equals("ContainerMapping")) {
				continue;
			}
			EClass type = domainClassQuietly(container);
			for (String feature : List.of("subNodeMappings", "subContainerMappings", "reusedNodeMappings",
					"reusedContainerMappings", "borderedNodeMappings")) {
				for (EObject child : list(container, feature)) {
					if (type != null) {
						parents.computeIfAbsent(child, m -> new LinkedHashSet<>()).add(type);
					}
				}
			}
		}
		for (EObject mapping : mappings) {
			EClass type = domainClass(mapping);
			Set<EClassifier> contexts = parents.getOrDefault(mapping, Set.of());
			if (contexts.isEmpty()) {
				problem(mapping, null, "mapping is never shown: no layer or container holds or reuses it");
			}
			if (type == null) {
				continue;
			}
			for (EClassifier context : contexts) {
				expression(mapping, "semanticCandidatesExpression", vars(context), Expect.elements(type));
			}
			styles(mapping, vars(type));
		}
		for (EObject edge : edges) {
			edge(edge, root);
		}
		for (EObject filter : list(diagram, "filters")) {
			for (EObject mappingFilter : list(filter, "filters")) {
				for (EObject mapping : list(mappingFilter, "mappings")) {
					EClass type = domainClassQuietly(mapping);
					if (type != null) {
						expression(mappingFilter, "semanticConditionExpression", vars(type), Expect.BOOLEAN);
					}
				}
			}
		}
		for (EObject layer : layers) {
			EObject decorations = (EObject) get(layer, "decorationDescriptionsSet");
			if (decorations != null) {
				for (EObject decoration : list(decorations, "decorationDescriptions")) {
					decoration(decoration);
				}
			}
			for (EObject section : list(layer, "toolSections")) {
				toolSection(section, parents, edges);
			}
		}
	}

	private void styles(EObject mapping, Map<String, ExprType> self) {
		EObject style = (EObject) get(mapping, "style");
		if (style != null) {
			style(style, self);
		}
		for (EObject conditional : list(mapping, "conditionnalStyles")) {
			expression(conditional, "predicateExpression", self, Expect.BOOLEAN);
			style((EObject) get(conditional, "style"), self);
		}
	}

	private void style(EObject style, Map<String, ExprType> self) {
		for (EAttribute attribute : style.eClass().getEAllAttributes()) {
			if (isChecked(attribute)) {
				boolean size = attribute.getName().endsWith("ComputationExpression");
				expression(style, attribute.getName(), self, size ? Expect.INTEGER : Expect.ANY);
			}
		}
		for (EReference reference : style.eClass().getEAllContainments()) {
			for (EObject label : many(style.eGet(reference))) {
				style(label, self);
			}
		}
	}

	private void edge(EObject edge, EClass root) {
		Set<EClassifier> sources = domainClasses(list(edge, "sourceMapping"));
		Set<EClassifier> targets = domainClasses(list(edge, "targetMapping"));
		if (Boolean.TRUE.equals(get(edge, "useDomainElement"))) {
			EClass type = domainClass(edge);
			if (type == null) {
				return;
			}
			expression(edge, "semanticCandidatesExpression", vars(root), Expect.elements(type));
			expression(edge, "sourceFinderExpression", vars(type), Expect.anyElementOf(sources));
			expression(edge, "targetFinderExpression", vars(type), Expect.anyElementOf(targets));
			styles(edge, vars(type));
		} else {
			for (EClassifier source : sources) {
				expression(edge, "targetFinderExpression", vars(source), Expect.anyElementOf(targets));
			}
			styles(edge, Map.of("self", ExprType.anyOf(sources)));
		}
	}

	private void decoration(EObject decoration) {
		Set<EClassifier> types;
		if (decoration.eClass().getName().equals("SemanticBasedDecoration")) {
			EClass type = domainClass(decoration);
			types = type == null ? Set.of() : Set.of(type);
		} else if (decoration.eClass().getName().equals("MappingBasedDecoration")) {
			types = domainClasses(list(decoration, "mappings"));
		} else {
			problem(decoration, null, "decoration kind " + decoration.eClass().getName() + " is not checked");
			return;
		}
		for (EClassifier type : types) {
			expression(decoration, "preconditionExpression", vars(type), Expect.BOOLEAN);
			expression(decoration, "imageExpression", vars(type), Expect.STRING);
			expression(decoration, "tooltipExpression", vars(type), Expect.STRING);
		}
	}

	// ---- tools ----------------------------------------------------------------------------------

	private void toolSection(EObject section, Map<EObject, Set<EClassifier>> parents, List<EObject> edges) {
		for (EObject tool : list(section, "ownedTools")) {
			switch (tool.eClass().getName()) {
			case "NodeCreationDescription" -> creationTool(tool, list(tool, "nodeMappings"), parents);
			case "ContainerCreationDescription" -> creationTool(tool, list(tool, "containerMappings"), parents);
			case "EdgeCreationDescription" -> edgeCreationTool(tool);
			case "ReconnectEdgeDescription" -> reconnectTool(tool, edges);
			default -> problem(tool, null, "tool kind " + tool.eClass().getName() + " is not checked");
			}
		}
		for (EObject sub : list(section, "subSections")) {
			toolSection(sub, parents, edges);
		}
	}

	private void creationTool(EObject tool, List<EObject> created, Map<EObject, Set<EClassifier>> parents) {
		Set<EClassifier> containers = new LinkedHashSet<>();
		for (EObject mapping : created) {
			containers.addAll(parents.getOrDefault(mapping, Set.of()));
		}
		containers.addAll(domainClasses(list(tool, "extraMappings")));
		Map<String, ExprType> env = new HashMap<>();
		ExprType container = ExprType.anyOf(containers);
		env.put(variableName(tool, "variable"), container);
		env.put(variableName(tool, "viewVariable"), ExprType.VIEW);
		env.put("self", container);
		expression(tool, "precondition", env, Expect.BOOLEAN);
		operations((EObject) get(tool, "initialOperation"), "firstModelOperations", env);
	}

	private void edgeCreationTool(EObject tool) {
		Set<EClassifier> sources = new LinkedHashSet<>();
		Set<EClassifier> targets = new LinkedHashSet<>();
		for (EObject edge : list(tool, "edgeMappings")) {
			sources.addAll(domainClasses(list(edge, "sourceMapping")));
			targets.addAll(domainClasses(list(edge, "targetMapping")));
		}
		sources.addAll(domainClasses(list(tool, "extraSourceMappings")));
		targets.addAll(domainClasses(list(tool, "extraTargetMappings")));
		Map<String, ExprType> env = new HashMap<>();
		env.put(variableName(tool, "sourceVariable"), ExprType.anyOf(sources));
		env.put(variableName(tool, "targetVariable"), ExprType.anyOf(targets));
		env.put(variableName(tool, "sourceViewVariable"), ExprType.VIEW);
		env.put(variableName(tool, "targetViewVariable"), ExprType.VIEW);
		env.put("self", ExprType.anyOf(sources));
		expression(tool, "precondition", env, Expect.BOOLEAN);
		operations((EObject) get(tool, "initialOperation"), "firstModelOperations", env);
	}

	private void reconnectTool(EObject tool, List<EObject> edges) {
		List<EObject> using = edges.stream().filter(e -> list(e, "reconnections").contains(tool)).toList();
		if (using.isEmpty()) {
			problem(tool, null, "no edge mapping uses this reconnection tool");
			return;
		}
		for (EObject edge : using) {
			String kind = String.valueOf(get(tool, "reconnectionKind"));
			Set<EClassifier> ends = new LinkedHashSet<>();
			if (!kind.equals("RECONNECT_SOURCE")) {
				ends.addAll(domainClasses(list(edge, "targetMapping")));
			}
			if (!kind.equals("RECONNECT_TARGET")) {
				ends.addAll(domainClasses(list(edge, "sourceMapping")));
			}
			EClass element = Boolean.TRUE.equals(get(edge, "useDomainElement")) ? domainClass(edge) : null;
			Map<String, ExprType> env = new HashMap<>();
			env.put(variableName(tool, "source"), ExprType.anyOf(ends));
			env.put(variableName(tool, "target"), ExprType.anyOf(ends));
			env.put(variableName(tool, "sourceView"), ExprType.VIEW);
			env.put(variableName(tool, "targetView"), ExprType.VIEW);
			env.put(variableName(tool, "edgeView"), ExprType.VIEW);
			ExprType elementType = element == null ? ExprType.anyOf(domainClasses(list(edge, "sourceMapping")))
					: ExprType.one(element);
			env.put(variableName(tool, "element"), elementType);
			env.put("self", elementType);
			expression(tool, "precondition", env, Expect.BOOLEAN);
			operations((EObject) get(tool, "initialOperation"), "firstModelOperations", env);
		}
	}

	private void operations(EObject owner, String feature, Map<String, ExprType> env) {
		if (owner == null) {
			return;
		}
		for (EObject operation : many(get(owner, feature))) {
			operation(operation, env);
		}
	}

	private void operation(EObject operation, Map<String, ExprType> env) {
		ExprType self = env.get("self");
		Map<String, ExprType> inner = new HashMap<>(env);
		switch (operation.eClass().getName()) {
		case "ChangeContext" -> {
			ExprType target = expression(operation, "browseExpression", env, Expect.MODEL_ELEMENT);
			if (target != null) {
				inner.put("self", target);
			}
		}
		case "If" -> expression(operation, "conditionExpression", env, Expect.BOOLEAN);
		case "CreateInstance" -> {
			String reference = (String) mark(operation, "referenceName");
			String typeName = (String) mark(operation, "typeName");
			try {
				List<EStructuralFeature> features = typer.features(self, reference);
				EClass created = typer.eClass(typeName);
				for (EStructuralFeature f : features) {
					if (!(f instanceof EReference r) || !r.isContainment()) {
						throw new ExpressionProblem(
								f.getEContainingClass().getName() + "." + reference + " does not contain objects");
					}
					if (!ExpressionTyper.conforms(created, f.getEType()) || created.isAbstract()) {
						throw new ExpressionProblem("cannot create a " + created.getName() + " in "
								+ f.getEContainingClass().getName() + "." + reference);
					}
				}
				String variable = get(operation, "variableName") == null ? "instance"
						: (String) get(operation, "variableName");
				inner.put(variable, ExprType.one(created));
				inner.put("self", ExprType.one(created));
			} catch (ExpressionProblem e) {
				problem(operation, "typeName", e.getMessage());
				return;
			}
		}
		case "SetValue" -> {
			String name = (String) mark(operation, "featureName");
			try {
				List<EStructuralFeature> features = typer.features(self, name);
				for (EStructuralFeature f : features) {
					if (!f.isChangeable() || f.isDerived()) {
						throw new ExpressionProblem(f.getEContainingClass().getName() + "." + name + " cannot be set");
					}
				}
				expression(operation, "valueExpression", env, Expect.value(features));
			} catch (ExpressionProblem e) {
				problem(operation, "featureName", e.getMessage());
			}
		}
		default -> {
			problem(operation, null, "model operation " + operation.eClass().getName() + " is not checked");
			return;
		}
		}
		operations(operation, "subModelOperations", inner);
	}

	// ---- tables ---------------------------------------------------------------------------------

	private void table(EObject table) {
		EClass root = domainClass(table);
		if (root == null) {
			return;
		}
		expression(table, "titleExpression", vars(root), Expect.ANY);
		for (EObject line : list(table, "ownedLineMappings")) {
			EClass type = domainClass(line);
			if (type == null) {
				continue;
			}
			if (!list(line, "ownedSubLines").isEmpty()) {
				problem(line, null, "sub-lines are not checked");
			}
			expression(line, "semanticCandidatesExpression", vars(root), Expect.elements(type));
			expression(line, "headerLabelExpression", vars(type), Expect.ANY);
			conditionalStyles(line, vars(type));
			for (EObject column : list(table, "ownedColumnMappings")) {
				column(column, root, type);
			}
		}
		for (EObject create : list(table, "ownedCreateLine")) {
			Map<String, ExprType> env = new HashMap<>();
			for (EObject variable : list(create, "variables")) {
				env.put((String) get(variable, "name"), ExprType.one(root));
			}
			env.put("self", ExprType.one(root));
			operation((EObject) get(create, "firstModelOperation"), env);
		}
	}

	private void column(EObject column, EClass root, EClass line) {
		String feature = (String) mark(column, "featureName");
		if (!"*".equals(feature) && line.getEStructuralFeature(feature) == null) {
			problem(column, "featureName", line.getName() + " has no feature '" + feature + "'");
		}
		expression(column, "headerLabelExpression", vars(root), Expect.ANY);
		expression(column, "labelExpression", vars(line), Expect.ANY);
		expression(column, "canEdit", vars(line), Expect.BOOLEAN);
		conditionalStyles(column, vars(line));
		EObject edit = (EObject) get(column, "directEdit");
		if (edit != null) {
			Map<String, ExprType> env = new HashMap<>();
			for (EObject variable : list(edit, "variables")) {
				String name = (String) get(variable, "name");
				env.put(name, name.equals("root") ? ExprType.one(root) : ExprType.one(line));
			}
			EObject mask = (EObject) get(edit, "mask");
			String text = mask == null ? "" : String.valueOf(get(mask, "mask"));
			for (int i = 0; text.contains("{" + i + "}"); i++) {
				env.put("arg" + i, ExprType.one(EcorePackage.Literals.ESTRING));
			}
			env.put("self", ExprType.one(line));
			operation((EObject) get(edit, "firstModelOperation"), env);
		}
	}

	private void conditionalStyles(EObject updater, Map<String, ExprType> self) {
		for (String feature : List.of("backgroundConditionalStyle", "foregroundConditionalStyle")) {
			for (EObject conditional : list(updater, feature)) {
				expression(conditional, "predicateExpression", self, Expect.BOOLEAN);
			}
		}
	}

	// ---- expressions and expectations -----------------------------------------------------------

	/** What the place an expression sits in needs from its value. */
	private record Expect(String what, Consumer<ExprType> test) {
		static final Expect ANY = new Expect("any value", t -> {
		});
		static final Expect BOOLEAN = new Expect("true or false", t -> {
			if (t.many() || !t.options().equals(Set.of(EcorePackage.Literals.EBOOLEAN))) {
				throw new ExpressionProblem("gives " + t + " where true or false is needed");
			}
		});
		static final Expect STRING = new Expect("text", t -> {
			if (t.many() || !t.options().equals(Set.of(EcorePackage.Literals.ESTRING))) {
				throw new ExpressionProblem("gives " + t + " where text is needed");
			}
		});
		static final Expect INTEGER = new Expect("a whole number", t -> {
			if (t.many() || !t.options().equals(Set.of(EcorePackage.Literals.EINT))) {
				throw new ExpressionProblem("gives " + t + " where a whole number is needed");
			}
		});
		static final Expect MODEL_ELEMENT = new Expect("one model element", t -> {
			if (t.view() || t.many() || t.options().stream().anyMatch(o -> !(o instanceof EClass))) {
				throw new ExpressionProblem("gives " + t + " where one model element is needed");
			}
		});

		static Expect elements(EClass type) {
			return new Expect("elements of " + type.getName(), t -> {
				if (t.view() || t.options().stream().noneMatch(o -> ExpressionTyper.related(o, type))) {
					throw new ExpressionProblem("gives " + t + ", never a " + type.getName());
				}
			});
		}

		static Expect anyElementOf(Set<EClassifier> types) {
			return new Expect("elements of the mapped types", t -> {
				boolean matches = t.options().stream()
						.anyMatch(o -> types.stream().anyMatch(x -> ExpressionTyper.related(o, x)));
				if (t.view() || !matches) {
					throw new ExpressionProblem("gives " + t + ", which no mapping at that end shows");
				}
			});
		}

		static Expect value(List<EStructuralFeature> features) {
			return new Expect("a value for " + features.get(0).getName(), t -> {
				for (EStructuralFeature feature : features) {
					if (t.many() && !feature.isMany()) {
						throw new ExpressionProblem("gives several values for single-valued " + feature.getName());
					}
					for (EClassifier option : t.options()) {
						if (!ExpressionTyper.conforms(option, feature.getEType())) {
							throw new ExpressionProblem(
									"gives " + option.getName() + " but " + feature.getName() + " holds "
											+ feature.getEType().getName());
						}
					}
				}
			});
		}
	}

	private ExprType expression(EObject owner, String attribute, Map<String, ExprType> env, Expect expect) {
		Object value = mark(owner, attribute);
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(attribute);
		// Unset attributes carry Sirius's own defaults (such as "-1" for computed sizes), not ours.
		if (value == null || value.toString().isBlank() || !owner.eIsSet(feature)) {
			return null;
		}
		String text = value.toString();
		checkedExpressions++;
		if (expect == Expect.INTEGER && text.strip().matches("-?\\d+")) {
			return ExprType.one(EcorePackage.Literals.EINT);
		}
		try {
			ExprType type = typer.type(text, env);
			expect.test().accept(type);
			return type;
		} catch (ExpressionProblem e) {
			problem(owner, attribute, "'" + text + "': " + e.getMessage());
			return null;
		}
	}

	private static Map<String, ExprType> vars(EClassifier self) {
		return Map.of("self", ExprType.one(self));
	}

	private EClass domainClass(EObject element) {
		String name = (String) mark(element, "domainClass");
		try {
			return typer.eClass(name == null ? "" : name);
		} catch (ExpressionProblem e) {
			problem(element, "domainClass", e.getMessage());
			return null;
		}
	}

	private EClass domainClassQuietly(EObject element) {
		try {
			return typer.eClass(String.valueOf(get(element, "domainClass")));
		} catch (ExpressionProblem e) {
			return null; // reported where the mapping itself is checked
		}
	}

	private Set<EClassifier> domainClasses(List<EObject> mappings) {
		Set<EClassifier> types = new LinkedHashSet<>();
		for (EObject mapping : mappings) {
			EClass type = domainClassQuietly(mapping);
			if (type != null) {
				types.add(type);
			}
		}
		return types;
	}

	private static String variableName(EObject tool, String feature) {
		EObject variable = (EObject) get(tool, feature);
		return variable == null || get(variable, "name") == null ? feature : (String) get(variable, "name");
	}

	// ---- generic access to the dynamic model ----------------------------------------------------

	private static Object get(EObject object, String feature) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		return f == null ? null : object.eGet(f);
	}

	private static List<EObject> list(EObject object, String feature) {
		return many(get(object, feature));
	}

	private static List<EObject> many(Object value) {
		if (value instanceof Collection<?> c) {
			return c.stream().map(EObject.class::cast).toList();
		}
		return value instanceof EObject e ? List.of(e) : List.of();
	}

	private Object mark(EObject owner, String attribute) {
		seen.computeIfAbsent(owner, o -> new HashSet<>()).add(attribute);
		return get(owner, attribute);
	}

	private static boolean isChecked(EAttribute attribute) {
		return CHECKED_DATA_TYPES.contains(attribute.getEAttributeType().getName());
	}

	private void reportUnchecked(EObject group) {
		group.eAllContents().forEachRemaining(object -> {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				boolean named = isChecked(attribute) || attribute.getName().equals("featureName")
						|| attribute.getName().equals("qualifiedClassName");
				Object value = object.eGet(attribute);
				if (named && object.eIsSet(attribute) && value != null && !value.toString().isBlank()
						&& !seen.getOrDefault(object, Set.of()).contains(attribute.getName())) {
					problem(object, attribute.getName(),
							"'" + value + "' was not checked (the checker does not know this place)");
				}
			}
		});
	}

	private void problem(EObject where, String attribute, String message) {
		problems.add(path(where) + (attribute == null ? "" : " / " + attribute) + ": " + message);
	}

	private static String path(EObject object) {
		List<String> names = new ArrayList<>();
		for (EObject o = object; o != null && o.eContainer() != null; o = o.eContainer()) {
			Object name = get(o, "name");
			names.add(0, name == null ? o.eClass().getName() : name.toString());
		}
		return String.join(" / ", names);
	}
}
