package org.placewise.design.tests;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs the tools of the {@code .odesign} as Sirius runs them, without Sirius: the tool's precondition with the
 * variables Sirius binds for its kind, then its model operations ({@code ChangeContext}, {@code CreateInstance},
 * {@code SetValue}, {@code If}) in order, each sub-operation in the context its parent gives. The whole run is one EMF
 * command on a command stack: it records the changes as they are made, so it can be undone and redone, and when an
 * operation fails (a value of the wrong type, a service that throws) the changes made so far are rolled back and the
 * model is as it was, as Sirius rolls back its transaction. Sirius's default delete (no delete tool in the odesign)
 * removes the element shown and every reference to it.
 *
 * <p>
 * Variables, as Sirius passes them: creation tools {@code container} and {@code containerView}; edge creation
 * {@code source}, {@code target}, {@code sourceView}, {@code targetView}; reconnection {@code element} (the edge's
 * element), {@code source} (the end being moved away from), {@code target} (the new end), {@code sourceView},
 * {@code targetView}, {@code edgeView}; table line creation {@code root}, {@code element}, {@code container}; cell edit
 * {@code element}, {@code lineSemantic}, {@code root} and {@code arg0} for what was typed. The first operation's
 * {@code self} is the container, the edge's source, the edge's element, the table's element or the edited element.
 */
public final class ToolRunner {

	private final ExpressionEvaluator evaluator;
	private final CommandStack stack = new BasicCommandStack();

	/** @param evaluator evaluates the tools' expressions */
	public ToolRunner(ExpressionEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/** @return the command stack the tools run on (undo, redo) */
	public CommandStack stack() {
		return stack;
	}

	/**
	 * Runs a diagram or table tool.
	 *
	 * @param tool      the tool description
	 * @param model     the root of the model it changes (its changes are recorded)
	 * @param variables the variables Sirius binds for this tool, by the names the tool declares
	 * @return false when the tool's precondition refuses it (nothing is done)
	 * @throws EvaluationProblem when an operation fails; the model is then unchanged
	 */
	public boolean run(EObject tool, EObject model, Map<String, Object> variables) {
		Map<String, Object> env = new HashMap<>(variables);
		env.putIfAbsent("self", firstSelf(tool, variables));
		String precondition = Odesign.string(tool, "precondition");
		if (precondition != null && !precondition.isBlank() && !evaluator.test(precondition, env)) {
			return false;
		}
		List<EObject> operations = operations(tool);
		execute(model, () -> operations.forEach(op -> operation(op, env)), Odesign.name(tool));
		return true;
	}

	/**
	 * Sirius's default delete, for an element whose mapping has no delete tool: the semantic element is removed from
	 * its container and every reference to it is removed, in one command.
	 *
	 * @param element the element shown
	 * @param model   the model root
	 */
	public void deleteFromModel(EObject element, EObject model) {
		execute(model, () -> EcoreUtil.delete(element, true), "Delete " + element.eClass().getName());
	}

	private static Object firstSelf(EObject tool, Map<String, Object> variables) {
		return switch (tool.eClass().getName()) {
		case "NodeCreationDescription", "ContainerCreationDescription" -> variables.get("container");
		case "EdgeCreationDescription" -> variables.get("source");
		case "ReconnectEdgeDescription" -> variables.get("element");
		case "CreateLineTool" -> variables.get("element");
		case "CellEditorTool", "LabelEditTool" -> variables.get("element");
		default -> throw new EvaluationProblem("tool kind " + tool.eClass().getName() + " is not interpreted");
		};
	}

	private static List<EObject> operations(EObject tool) {
		EObject initial = Odesign.object(tool, "initialOperation");
		if (initial != null) {
			return Odesign.list(initial, "firstModelOperations");
		}
		EObject first = Odesign.object(tool, "firstModelOperation");
		if (first != null) {
			return List.of(first);
		}
		throw new EvaluationProblem(Odesign.name(tool) + " has no model operation");
	}

	private void execute(EObject model, Runnable change, String label) {
		ToolCommand command = new ToolCommand(label, model, change);
		stack.execute(command);
		if (command.failure != null) {
			throw command.failure;
		}
	}

	/** One tool run: the changes recorded while it ran, undone and redone by reversing them. */
	private static final class ToolCommand extends AbstractCommand {
		private final EObject model;
		private final Runnable change;
		private ChangeDescription changes;
		private RuntimeException failure;

		ToolCommand(String label, EObject model, Runnable change) {
			super(label);
			this.model = model;
			this.change = change;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			ChangeRecorder recorder = new ChangeRecorder(model);
			try {
				change.run();
				changes = recorder.endRecording();
			} catch (RuntimeException e) {
				// Roll back what was done before the failure, as Sirius rolls back the transaction.
				recorder.endRecording().apply();
				changes = null;
				failure = e instanceof EvaluationProblem ? e : new EvaluationProblem(e.getMessage(), e);
			} finally {
				recorder.dispose();
			}
		}

		@Override
		public boolean canUndo() {
			return changes != null;
		}

		@Override
		public void undo() {
			changes.applyAndReverse();
		}

		@Override
		public void redo() {
			changes.applyAndReverse();
		}
	}

	// ---- model operations -----------------------------------------------------------------------

	private void operation(EObject operation, Map<String, Object> env) {
		Map<String, Object> inner = new HashMap<>(env);
		String where = operation.eClass().getName();
		switch (operation.eClass().getName()) {
		case "ChangeContext" -> {
			List<EObject> target = evaluator.objects(Odesign.string(operation, "browseExpression"), env);
			if (target.size() != 1) {
				throw new EvaluationProblem(where + " '" + Odesign.string(operation, "browseExpression") + "' gives "
						+ target.size() + " elements where one is needed");
			}
			inner.put("self", target.get(0));
		}
		case "If" -> {
			if (!evaluator.test(Odesign.string(operation, "conditionExpression"), env)) {
				return;
			}
		}
		case "CreateInstance" -> {
			EObject self = requireObject(env.get("self"), where);
			EClass type = evaluator.eClass(Odesign.string(operation, "typeName"));
			String name = Odesign.string(operation, "referenceName");
			EStructuralFeature feature = self.eClass().getEStructuralFeature(name);
			if (!(feature instanceof EReference reference) || !reference.isContainment()) {
				throw new EvaluationProblem(where + ": " + self.eClass().getName() + "." + name
						+ " is not a containment reference");
			}
			if (type.isAbstract() || !reference.getEReferenceType().isSuperTypeOf(type)) {
				throw new EvaluationProblem(where + ": cannot create a " + type.getName() + " in "
						+ self.eClass().getName() + "." + name);
			}
			EObject created = EcoreUtil.create(type);
			add(self, feature, created);
			String variable = Odesign.string(operation, "variableName");
			inner.put(variable == null || variable.isBlank() ? "instance" : variable, created);
			inner.put("self", created);
		}
		case "SetValue" -> {
			EObject self = requireObject(env.get("self"), where);
			String name = Odesign.string(operation, "featureName");
			EStructuralFeature feature = self.eClass().getEStructuralFeature(name);
			if (feature == null || !feature.isChangeable() || feature.isDerived()) {
				throw new EvaluationProblem(where + ": " + self.eClass().getName() + " has no settable feature '"
						+ name + "'");
			}
			Object value = evaluator.evaluate(Odesign.string(operation, "valueExpression"), env);
			if (feature.isMany()) {
				// Sirius's SetValue adds to a many-valued feature.
				for (Object one : ExpressionEvaluator.asList(value)) {
					add(self, feature, checked(feature, one, where));
				}
			} else {
				if (value instanceof Collection<?> c) {
					if (c.size() > 1) {
						throw new EvaluationProblem(where + ": several values for single-valued " + name);
					}
					value = c.isEmpty() ? null : c.iterator().next();
				}
				self.eSet(feature, checked(feature, value, where));
			}
		}
		default -> throw new EvaluationProblem("model operation " + where + " is not interpreted");
		}
		for (EObject sub : Odesign.list(operation, "subModelOperations")) {
			operation(sub, inner);
		}
	}

	private static EObject requireObject(Object self, String where) {
		if (self instanceof EObject e) {
			return e;
		}
		throw new EvaluationProblem(where + " needs a model element as self, not " + self);
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject owner, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			List<Object> values = (List<Object>) owner.eGet(feature);
			if (!values.contains(value)) {
				values.add(value);
			}
		} else {
			owner.eSet(feature, value);
		}
	}

	private static Object checked(EStructuralFeature feature, Object value, String where) {
		if (value == null) {
			return null;
		}
		Class<?> type = feature.getEType().getInstanceClass();
		if (type != null && type.isPrimitive()) {
			type = type == boolean.class ? Boolean.class : type == int.class ? Integer.class : type;
		}
		boolean ok = feature.getEType() instanceof EClass c ? value instanceof EObject e && c.isInstance(e)
				: type == null || type.isInstance(value);
		if (!ok) {
			throw new EvaluationProblem(where + ": " + feature.getName() + " holds " + feature.getEType().getName()
					+ ", not " + (value instanceof EObject e ? "a " + e.eClass().getName() : "'" + value + "'"));
		}
		return value;
	}
}
