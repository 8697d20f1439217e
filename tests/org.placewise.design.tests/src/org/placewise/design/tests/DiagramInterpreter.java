package org.placewise.design.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Builds a Sirius diagram the way Sirius's diagram synchronizer does, from a {@code DiagramDescription} of the
 * {@code .odesign} (read with dynamic EMF) and a Placewise model, without Sirius: the active layers (the default layer,
 * and the optional ones that are active by default or asked for), each node and container mapping's semantic candidates
 * evaluated on its parent's element (the model for top-level mappings) and kept when they are instances of the domain
 * class and pass the precondition, containers walked into their sub-mappings and reused mappings, edges found through
 * their source and target finders (relation-based edges from each source element, element-based edges from their
 * candidates), each element's label from its style (the first conditional style whose predicate holds, else the default
 * style) and the decorations of the active layers. Filters hide elements as Sirius does when they are switched on.
 * Every expression goes through {@link ExpressionEvaluator}, so anything outside the checked subset is refused.
 */
public final class DiagramInterpreter {

	/** One decoration on a diagram element: the decoration description's name, image and tooltip. */
	public record Decoration(String name, String image, String tooltip) {
	}

	/** One element of the built representation (node, container, list element or edge). */
	public static final class Element {
		final String kind;
		final String mapping;
		final EObject semantic;
		final String label;
		final String style;
		final Element parent;
		final Element source;
		final Element target;
		final List<Decoration> decorations = new ArrayList<>();
		boolean hidden;

		Element(String kind, String mapping, EObject semantic, String label, String style, Element parent,
				Element source, Element target) {
			this.kind = kind;
			this.mapping = mapping;
			this.semantic = semantic;
			this.label = label;
			this.style = style;
			this.parent = parent;
			this.source = source;
			this.target = target;
		}

		/** @return node, container, list element or edge */
		public String kind() {
			return kind;
		}

		/** @return the name of the mapping that made it */
		public String mapping() {
			return mapping;
		}

		/** @return the model element it shows */
		public EObject semantic() {
			return semantic;
		}

		/** @return its label as the style's label expression gives it */
		public String label() {
			return label;
		}

		/** @return its style: the palette entries it is painted with, e.g. {@code fill=place-fill stroke=...} */
		public String style() {
			return style;
		}

		/** @return the container it is drawn in, null at the top */
		public Element parent() {
			return parent;
		}

		/** @return for an edge, its source element */
		public Element source() {
			return source;
		}

		/** @return for an edge, its target element */
		public Element target() {
			return target;
		}

		/** @return the decorations on it */
		public List<Decoration> decorations() {
			return decorations;
		}

		/** @return whether an active filter hides it */
		public boolean hidden() {
			return hidden;
		}

		@Override
		public String toString() {
			return kind + " " + mapping + " '" + label + "'";
		}
	}

	/** The built representation: its title and elements in the order Sirius creates them. */
	public record Representation(String name, String title, List<Element> elements) {

		/** @return the elements made by one mapping */
		public List<Element> byMapping(String mapping) {
			return elements.stream().filter(e -> e.mapping.equals(mapping)).toList();
		}

		/** @return the elements no active filter hides */
		public List<Element> visible() {
			return elements.stream().filter(e -> !e.hidden).toList();
		}
	}

	private final ExpressionEvaluator evaluator;
	private final List<Element> elements = new ArrayList<>();
	private final Map<EObject, List<Element>> viewsByMapping = new LinkedHashMap<>();
	private final Map<Element, EObject> mappingOf = new HashMap<>();
	private final Map<EObject, Map<EObject, List<Element>>> viewsBySemantic = new HashMap<>();

	/** @param evaluator evaluates the expressions */
	public DiagramInterpreter(ExpressionEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/**
	 * @param description a {@code DiagramDescription} of the odesign
	 * @param root        the model element the diagram is made on
	 * @param extraLayers names of optional layers to switch on besides those active by default
	 * @param filters     names of filters to switch on
	 * @return the representation Sirius would create
	 */
	public Representation build(EObject description, EObject root, Set<String> extraLayers, Set<String> filters) {
		elements.clear();
		viewsByMapping.clear();
		mappingOf.clear();
		viewsBySemantic.clear();
		requireType(description, root);
		List<EObject> layers = new ArrayList<>();
		layers.add(Odesign.object(description, "defaultLayer"));
		for (EObject layer : Odesign.list(description, "additionalLayers")) {
			boolean optional = Boolean.TRUE.equals(Odesign.get(layer, "optional"));
			if (!optional || Boolean.TRUE.equals(Odesign.get(layer, "activeByDefault"))
					|| extraLayers.contains(Odesign.name(layer))) {
				layers.add(layer);
			}
		}
		Map<String, Object> rootVars = vars(root, null, root);
		for (EObject layer : layers) {
			for (String feature : List.of("containerMappings", "nodeMappings")) {
				for (EObject mapping : Odesign.list(layer, feature)) {
					nodes(mapping, root, null, root);
				}
			}
		}
		for (EObject layer : layers) {
			for (EObject edge : Odesign.list(layer, "edgeMappings")) {
				edges(edge, root);
			}
		}
		for (EObject layer : layers) {
			EObject set = Odesign.object(layer, "decorationDescriptionsSet");
			if (set != null) {
				for (EObject decoration : Odesign.list(set, "decorationDescriptions")) {
					decorate(decoration, root);
				}
			}
		}
		for (EObject filter : Odesign.list(description, "filters")) {
			if (filters.contains(Odesign.name(filter))) {
				filter(filter, root);
			}
		}
		String title = String.valueOf(evaluator.evaluate(Odesign.string(description, "titleExpression"), rootVars));
		return new Representation(Odesign.name(description), title, List.copyOf(elements));
	}

	private void requireType(EObject mapping, EObject semantic) {
		EClass type = evaluator.eClass(Odesign.string(mapping, "domainClass"));
		if (!type.isInstance(semantic)) {
			throw new EvaluationProblem(Odesign.name(mapping) + " is for " + type.getName() + ", not "
					+ semantic.eClass().getName());
		}
	}

	private static Map<String, Object> vars(EObject self, Element containerView, EObject diagramRoot) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("self", self);
		vars.put("diagram", diagramRoot);
		vars.put("viewpoint", diagramRoot);
		if (containerView != null) {
			vars.put("containerView", containerView);
			vars.put("container", containerView.semantic);
		} else {
			vars.put("container", diagramRoot);
		}
		return vars;
	}

	/** Makes the views of one node or container mapping inside one parent (null for the diagram itself). */
	private void nodes(EObject mapping, EObject parentSemantic, Element parent, EObject root) {
		EClass type = evaluator.eClass(Odesign.string(mapping, "domainClass"));
		String candidates = Odesign.string(mapping, "semanticCandidatesExpression");
		List<EObject> found;
		if (candidates == null || candidates.isBlank()) {
			// Sirius's default: every element under the parent's element
			found = new ArrayList<>();
			parentSemantic.eAllContents().forEachRemaining(found::add);
		} else {
			found = evaluator.objects(candidates, vars(parentSemantic, parent, root));
		}
		boolean container = mapping.eClass().getName().equals("ContainerMapping");
		String kind = container ? "container"
				: parent != null
						&& "List".equals(String.valueOf(Odesign.get(parentMapping(parent), "childrenPresentation")))
								? "list element"
								: "node";
		String precondition = Odesign.string(mapping, "preconditionExpression");
		for (EObject semantic : ExpressionEvaluator.distinct(found)) {
			if (!type.isInstance(semantic)) {
				continue;
			}
			Map<String, Object> vars = vars(semantic, parent, root);
			if (precondition != null && !precondition.isBlank() && !evaluator.test(precondition, vars)) {
				continue;
			}
			// Sirius never shows an element inside itself (a reused container mapping stops at a cycle).
			if (container && ancestors(parent).contains(semantic)) {
				continue;
			}
			EObject style = style(mapping, vars);
			Element element = new Element(kind, Odesign.name(mapping), semantic, label(style, vars), styleName(style),
					parent, null, null);
			elements.add(element);
			viewsByMapping.computeIfAbsent(mapping, m -> new ArrayList<>()).add(element);
			viewsBySemantic.computeIfAbsent(mapping, m -> new HashMap<>())
					.computeIfAbsent(semantic, s -> new ArrayList<>()).add(element);
			mappingOf.put(element, mapping);
			if (container) {
				for (String feature : List.of("subContainerMappings", "reusedContainerMappings", "subNodeMappings",
						"reusedNodeMappings", "borderedNodeMappings")) {
					for (EObject child : Odesign.list(mapping, feature)) {
						nodes(child, semantic, element, root);
					}
				}
			}
		}
	}

	private EObject parentMapping(Element parent) {
		return mappingOf.get(parent);
	}

	private static Set<EObject> ancestors(Element element) {
		Set<EObject> result = new LinkedHashSet<>();
		for (Element e = element; e != null; e = e.parent) {
			result.add(e.semantic);
		}
		return result;
	}

	private List<Element> views(List<EObject> mappings, EObject semantic) {
		List<Element> found = new ArrayList<>();
		for (EObject mapping : mappings) {
			found.addAll(viewsBySemantic.getOrDefault(mapping, Map.of()).getOrDefault(semantic, List.of()));
		}
		return found;
	}

	private void edges(EObject edge, EObject root) {
		List<EObject> sources = Odesign.list(edge, "sourceMapping");
		List<EObject> targets = Odesign.list(edge, "targetMapping");
		String name = Odesign.name(edge);
		if (Boolean.TRUE.equals(Odesign.get(edge, "useDomainElement"))) {
			EClass type = evaluator.eClass(Odesign.string(edge, "domainClass"));
			String candidates = Odesign.string(edge, "semanticCandidatesExpression");
			List<EObject> found = new ArrayList<>();
			if (candidates == null || candidates.isBlank()) {
				root.eAllContents().forEachRemaining(found::add);
			} else {
				found = evaluator.objects(candidates, vars(root, null, root));
			}
			for (EObject semantic : ExpressionEvaluator.distinct(found)) {
				if (!type.isInstance(semantic)) {
					continue;
				}
				Map<String, Object> vars = vars(semantic, null, root);
				if (!precondition(edge, vars)) {
					continue;
				}
				List<EObject> from = evaluator.objects(Odesign.string(edge, "sourceFinderExpression"), vars);
				List<EObject> to = evaluator.objects(Odesign.string(edge, "targetFinderExpression"), vars);
				for (EObject s : from) {
					for (Element sourceView : views(sources, s)) {
						for (EObject t : to) {
							for (Element targetView : views(targets, t)) {
								edge(edge, name, semantic, sourceView, targetView, vars);
							}
						}
					}
				}
			}
		} else {
			for (EObject mapping : sources) {
				for (Element sourceView : viewsByMapping.getOrDefault(mapping, List.of())) {
					Map<String, Object> vars = vars(sourceView.semantic, null, root);
					List<EObject> to = evaluator.objects(Odesign.string(edge, "targetFinderExpression"), vars);
					for (EObject t : ExpressionEvaluator.distinct(to)) {
						for (Element targetView : views(targets, t)) {
							Map<String, Object> edgeVars = new HashMap<>(vars);
							edgeVars.put("sourceView", sourceView);
							edgeVars.put("targetView", targetView);
							edgeVars.put("source", sourceView.semantic);
							edgeVars.put("target", t);
							if (precondition(edge, edgeVars)) {
								edge(edge, name, sourceView.semantic, sourceView, targetView, vars);
							}
						}
					}
				}
			}
		}
	}

	private boolean precondition(EObject mapping, Map<String, Object> vars) {
		String precondition = Odesign.string(mapping, "preconditionExpression");
		return precondition == null || precondition.isBlank() || evaluator.test(precondition, vars);
	}

	private void edge(EObject mapping, String name, EObject semantic, Element source, Element target,
			Map<String, Object> vars) {
		EObject style = style(mapping, vars);
		String label = null;
		for (String part : List.of("beginLabelStyleDescription", "centerLabelStyleDescription",
				"endLabelStyleDescription")) {
			EObject labelStyle = style == null ? null : Odesign.object(style, part);
			if (labelStyle != null) {
				String text = label(labelStyle, vars);
				label = label == null ? text : label + "\n" + text;
			}
		}
		Element element = new Element("edge", name, semantic, label == null ? "" : label, styleName(style), null,
				source, target);
		elements.add(element);
		mappingOf.put(element, mapping);
	}

	private EObject style(EObject mapping, Map<String, Object> vars) {
		for (EObject conditional : Odesign.list(mapping, "conditionnalStyles")) {
			if (evaluator.test(Odesign.string(conditional, "predicateExpression"), vars)) {
				return Odesign.object(conditional, "style");
			}
		}
		return Odesign.object(mapping, "style");
	}

	private String label(EObject style, Map<String, Object> vars) {
		String expression = style == null ? null : Odesign.string(style, "labelExpression");
		if (expression == null || expression.isBlank()) {
			return "";
		}
		Object value = evaluator.evaluate(expression, vars);
		return value == null ? "" : String.valueOf(value);
	}

	/** @return the palette entries a style paints with, as {@code feature=entry} pairs */
	static String styleName(EObject style) {
		if (style == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature feature : style.eClass().getEAllReferences()) {
			if (!feature.isMany() && !((org.eclipse.emf.ecore.EReference) feature).isContainment()
					&& feature.getName().toLowerCase().contains("color") && style.eGet(feature) instanceof EObject c) {
				parts.add(feature.getName() + "=" + Odesign.name(c));
			}
		}
		parts.sort(null);
		return String.join(" ", parts);
	}

	private void decorate(EObject decoration, EObject root) {
		String kind = decoration.eClass().getName();
		for (Element element : elements) {
			boolean applies;
			if (kind.equals("SemanticBasedDecoration")) {
				applies = evaluator.eClass(Odesign.string(decoration, "domainClass")).isInstance(element.semantic);
			} else if (kind.equals("MappingBasedDecoration")) {
				applies = Odesign.list(decoration, "mappings").contains(mappingOf.get(element));
			} else {
				throw new EvaluationProblem("decoration kind " + kind + " is not interpreted");
			}
			if (!applies) {
				continue;
			}
			Map<String, Object> vars = vars(element.semantic, element.parent, root);
			if (!precondition(decoration, vars)) {
				continue;
			}
			element.decorations.add(new Decoration(Odesign.name(decoration),
					text(Odesign.string(decoration, "imageExpression"), vars),
					text(Odesign.string(decoration, "tooltipExpression"), vars)));
		}
	}

	private String text(String expression, Map<String, Object> vars) {
		if (expression == null || expression.isBlank()) {
			return "";
		}
		Object value = evaluator.evaluate(expression, vars);
		return value == null ? "" : String.valueOf(value);
	}

	private void filter(EObject composite, EObject root) {
		for (EObject filter : Odesign.list(composite, "filters")) {
			if (!filter.eClass().getName().equals("MappingFilter")) {
				throw new EvaluationProblem("filter kind " + filter.eClass().getName() + " is not interpreted");
			}
			List<EObject> mappings = Odesign.list(filter, "mappings");
			String condition = Odesign.string(filter, "semanticConditionExpression");
			for (Element element : elements) {
				if (!mappings.contains(mappingOf.get(element))) {
					continue;
				}
				// Sirius keeps an element visible when the filter's condition is true.
				boolean keep = condition != null && !condition.isBlank()
						&& evaluator.test(condition, vars(element.semantic, element.parent, root));
				if (!keep) {
					hide(element);
				}
			}
		}
	}

	private void hide(Element element) {
		element.hidden = true;
		for (Element other : elements) {
			if (!other.hidden && (other.parent == element || other.source == element || other.target == element)) {
				hide(other);
			}
		}
	}

	/** @return the names of the mappings that made no element (to see what a sample does not exercise) */
	static Set<String> names(Collection<Element> elements) {
		Set<String> names = new LinkedHashSet<>();
		elements.forEach(e -> names.add(e.mapping));
		return names;
	}
}
