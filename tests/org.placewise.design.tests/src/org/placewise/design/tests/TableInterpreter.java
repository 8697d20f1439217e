package org.placewise.design.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Builds a Sirius edition table the way Sirius's table synchronizer does, from an {@code EditionTableDescription} and a
 * model: lines from each line mapping's candidates (evaluated on the table's element, kept when of the domain class),
 * the line header from its header label expression, one cell per feature column whose label is the column's label
 * expression evaluated on the line's element (or the feature's value when it has none), whether the cell can be edited,
 * and the background colour of the first conditional style whose predicate holds.
 */
public final class TableInterpreter {

	/** One cell: its column, label, whether it can be edited, and its background colour entry (or ""). */
	public record Cell(String column, String label, boolean editable, String background) {
	}

	/** One line: its mapping, semantic element, header and cells in column order. */
	public record Line(String mapping, EObject semantic, String header, List<Cell> cells) {

		/** @return the cell of the named column */
		public Cell cell(String column) {
			return cells.stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow();
		}
	}

	/** The table: its title, column headers and lines. */
	public record Table(String title, List<String> columns, List<Line> lines) {
	}

	private final ExpressionEvaluator evaluator;

	/** @param evaluator evaluates the expressions */
	public TableInterpreter(ExpressionEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/**
	 * @param description an {@code EditionTableDescription}
	 * @param root        the model element the table is made on
	 * @return the table Sirius would show
	 */
	public Table build(EObject description, EObject root) {
		Map<String, Object> rootVars = vars(root, root);
		List<EObject> columns = Odesign.list(description, "ownedColumnMappings");
		List<String> headers = new ArrayList<>();
		for (EObject column : columns) {
			headers.add(text(Odesign.string(column, "headerLabelExpression"), rootVars));
		}
		List<Line> lines = new ArrayList<>();
		for (EObject mapping : Odesign.list(description, "ownedLineMappings")) {
			EClass type = evaluator.eClass(Odesign.string(mapping, "domainClass"));
			for (EObject semantic : ExpressionEvaluator
					.distinct(evaluator.objects(Odesign.string(mapping, "semanticCandidatesExpression"), rootVars))) {
				if (!type.isInstance(semantic)) {
					continue;
				}
				Map<String, Object> vars = vars(semantic, root);
				List<Cell> cells = new ArrayList<>();
				for (EObject column : columns) {
					cells.add(cell(column, semantic, vars));
				}
				lines.add(new Line(Odesign.name(mapping), semantic,
						text(Odesign.string(mapping, "headerLabelExpression"), vars), cells));
			}
		}
		return new Table(text(Odesign.string(description, "titleExpression"), rootVars), headers, lines);
	}

	private Cell cell(EObject column, EObject semantic, Map<String, Object> vars) {
		String feature = Odesign.string(column, "featureName");
		String labelExpression = Odesign.string(column, "labelExpression");
		String label;
		if (labelExpression != null && !labelExpression.isBlank()) {
			label = text(labelExpression, vars);
		} else {
			EStructuralFeature f = semantic.eClass().getEStructuralFeature(feature);
			if (f == null) {
				throw new EvaluationProblem(semantic.eClass().getName() + " has no feature '" + feature + "'");
			}
			Object value = semantic.eGet(f);
			label = value == null ? "" : String.valueOf(value);
		}
		String canEdit = Odesign.string(column, "canEdit");
		boolean editable = Odesign.object(column, "directEdit") != null
				&& (canEdit == null || canEdit.isBlank() || evaluator.test(canEdit, vars));
		String background = "";
		for (EObject conditional : Odesign.list(column, "backgroundConditionalStyle")) {
			if (evaluator.test(Odesign.string(conditional, "predicateExpression"), vars)) {
				EObject style = Odesign.object(conditional, "style");
				EObject colour = style == null ? null : Odesign.object(style, "backgroundColor");
				background = colour == null ? "" : Odesign.name(colour);
				break;
			}
		}
		return new Cell(Odesign.name(column), label, editable, background);
	}

	private static Map<String, Object> vars(EObject self, EObject root) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("self", self);
		vars.put("table", root);
		vars.put("root", root);
		return vars;
	}

	private String text(String expression, Map<String, Object> vars) {
		if (expression == null || expression.isBlank()) {
			return "";
		}
		Object value = evaluator.evaluate(expression, vars);
		return value == null ? "" : String.valueOf(value);
	}
}
