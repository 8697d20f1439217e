package org.placewise.ui.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.placewise.io.ImportException;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.Frequency;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.MeasuresPackage.Literals;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.query.Measures;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * The Measures page: the measures of the model and, for the selected one, its unit, direction, baseline and target, its
 * trajectory (the planned values by date) and its observations table (period, value, note). Rows are added, deleted and
 * edited in place, and rows copied from a spreadsheet are pasted (Ctrl+V on the table, or the Paste rows button) by the
 * observation importer's rules: all of them or, when any is bad, none, with the row and column named.
 */
public final class MeasuresPage extends ModelFormPage {

	/** The page id. */
	public static final String ID = "measures";

	private MasterDetail<Measure> master;
	private EditableRows<Measure> measures;
	private FeatureFields fields;
	private EditableRows<TrajectoryPoint> trajectory;
	private EditableRows<Observation> observations;

	/**
	 * @param editor             the editor
	 * @param selectionForwarder told the selected measure while the page is shown
	 */
	public MeasuresPage(PlacewiseEditor editor, ISelectionChangedListener selectionForwarder) {
		super(editor, ID, "Measures", selectionForwarder);
	}

	@Override
	protected String formTitle() {
		return "Measures";
	}

	@Override
	protected void createContent(Composite parent, FormToolkit toolkit) {
		master = new MasterDetail<>(parent, toolkit, context().domain(), "Fil&ter measures:",
				"Part of a name or theme", "Measures", this::shownMeasures, measureColumns(), findings);
		measures = master.list();
		fields = master.fields();
		fields.text("&Name:", null, CorePackage.Literals.NAMED_ELEMENT__NAME, FieldText.Kind.TEXT, false);
		fields.text("&Unit:", null, Literals.MEASURE__UNIT, FieldText.Kind.TEXT, false);
		fields.choice("&Better when:", null, Literals.MEASURE__DESIRED_DIRECTION, () -> DesiredDirection.VALUES);
		fields.choice("Fre&quency:", null, Literals.MEASURE__FREQUENCY, () -> Frequency.VALUES);
		fields.text("Base&line value:", null, Literals.MEASURE__BASELINE_VALUE, FieldText.Kind.NUMBER, false);
		fields.text("Baseline &date:", null, Literals.MEASURE__BASELINE_DATE, FieldText.Kind.DATE, false);
		fields.text("Tar&get value:", null, Literals.MEASURE__TARGET_VALUE, FieldText.Kind.NUMBER, false);
		fields.text("Ta&rget date:", null, Literals.MEASURE__TARGET_DATE, FieldText.Kind.DATE, false);
		master.fieldsDone("Findings on the measure");

		Composite trajectoryArea = master.section("Trajectory", false, 190);
		trajectory = new EditableRows<>(trajectoryArea, "Trajectory of the measure", context().domain(),
				() -> selectedMeasure() == null ? List.of() : selectedMeasure().getTrajectory(), trajectoryColumns(),
				null);
		trajectory.button("Add tra&jectory point", this::addTrajectoryPoint);
		trajectory.button("Delete trajector&y points", () -> removeSelected(trajectory, Literals.MEASURE__TRAJECTORY));

		Composite observationArea = master.section("Observations", true, 0);
		observations = new EditableRows<>(observationArea, "Observations of the measure", context().domain(),
				() -> selectedMeasure() == null ? List.of() : selectedMeasure().getObservations(),
				observationColumns(), findings);
		observations.button("&Add observation", this::addObservation);
		observations.button("Delete &observations",
				() -> removeSelected(observations, Literals.MEASURE__OBSERVATIONS));
		observations.button("&Paste rows", this::pasteFromClipboard);
		observations.viewer().getTable().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'v' || e.keyCode == 'V')) {
				e.doit = false;
				pasteFromClipboard();
			} else if (e.keyCode == SWT.DEL) {
				removeSelected(observations, Literals.MEASURE__OBSERVATIONS);
			}
		});

		measures.viewer().addSelectionChangedListener(e -> {
			showMeasure();
			selectionChanged(measures.viewer(), e.getSelection());
		});
		measures.refresh();
		showMeasure();
	}

	private List<RowColumn<Measure>> measureColumns() {
		return List.of(
				RowColumn.<Measure>shown("Name", 230, PlacewiseLabels::name).typed(
						m -> m.getName() == null ? "" : m.getName(), FieldText.Kind.TEXT::problem,
						(m, text) -> FieldText.set(context().domain(), m, CorePackage.Literals.NAMED_ELEMENT__NAME,
								FieldText.text(text))),
				RowColumn.shown("Unit", 110, m -> m.getUnit() == null ? "" : m.getUnit()),
				RowColumn.shown("Observations", 100, m -> PlacewiseLabels.number(m.getObservations().size())));
	}

	private List<RowColumn<TrajectoryPoint>> trajectoryColumns() {
		return List.of(
				typed("Due date", 110, Literals.TRAJECTORY_POINT__DUE_DATE, FieldText.Kind.DATE, false),
				typed("Expected value", 120, Literals.TRAJECTORY_POINT__EXPECTED_VALUE, FieldText.Kind.NUMBER, false));
	}

	private List<RowColumn<Observation>> observationColumns() {
		return List.of(typed("Period", 110, Literals.OBSERVATION__OBSERVED_ON, FieldText.Kind.DATE, true),
				typed("Value", 110, Literals.OBSERVATION__OBSERVED_VALUE, FieldText.Kind.NUMBER, false),
				typed("Note", 220, Literals.OBSERVATION__NOTE, FieldText.Kind.TEXT, false));
	}

	/** A column showing and editing one attribute of its row, read as {@code kind}. */
	private <T extends EObject> RowColumn<T> typed(String title, int width, EAttribute feature, FieldText.Kind kind,
			boolean required) {
		return RowColumn.<T>shown(title, width, row -> {
			Object value = row.eGet(feature);
			return value == null ? "" : kind.editText(value);
		}).typed(row -> kind.editText(row.eGet(feature)), text -> {
			if (required && (text == null || text.isBlank())) {
				return "the " + title.toLowerCase(Locale.UK) + " is needed";
			}
			return kind.problem(text);
		}, (row, text) -> FieldText.set(context().domain(), row, feature, kind.read(text)));
	}

	private List<Measure> shownMeasures(String wanted) {
		if (wanted.isEmpty()) {
			return context().model().getMeasures();
		}
		List<Measure> shown = new ArrayList<>();
		for (Measure measure : context().model().getMeasures()) {
			if (PlacewiseLabels.name(measure).toLowerCase(Locale.UK).contains(wanted)
					|| measure.getTheme() != null && measure.getTheme().toLowerCase(Locale.UK).contains(wanted)) {
				shown.add(measure);
			}
		}
		return shown;
	}

	/** @return the measure selected, {@code null} when none */
	public Measure selectedMeasure() {
		return master == null ? null : master.selected();
	}

	/** Selects a measure's row and shows its details. */
	public void select(Measure measure) {
		master.select(measure);
		showMeasure();
	}

	/**
	 * Pastes observations into the selected measure from text copied from a spreadsheet, as one command.
	 *
	 * @param text tab-separated rows: period, value, note
	 * @return whether the model changed; when not, the status line under the table says why
	 */
	public boolean paste(String text) {
		Measure measure = selectedMeasure();
		if (measure == null) {
			observations.setStatus("Select a measure first.");
			return false;
		}
		try {
			Command command = ObservationPaste.command(context().domain(), measure, text);
			if (command == null) {
				observations.setStatus("Nothing to paste: the measure already has these values.");
				return false;
			}
			boolean done = observations.execute(command);
			observations.refresh();
			observations.setStatus(done ? command.getLabel() + ". Edit > Undo takes it back."
					: "The rows could not be pasted into this measure; nothing was changed.");
			return done;
		} catch (ImportException e) {
			observations.setStatus(e.getMessage());
			return false;
		}
	}

	private void pasteFromClipboard() {
		Clipboard clipboard = new Clipboard(observations.getControl().getDisplay());
		try {
			Object text = clipboard.getContents(TextTransfer.getInstance());
			paste(text instanceof String s ? s : "");
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Adds an observation one period after the latest (by the measure's frequency), and starts editing its value.
	 *
	 * @return the new observation, {@code null} when no measure is selected
	 */
	public Observation addObservation() {
		Measure measure = selectedMeasure();
		if (measure == null) {
			observations.setStatus("Select a measure first.");
			return null;
		}
		Observation observation = MeasuresFactory.eINSTANCE.createObservation();
		LocalDate latest = Measures.latestObservation(measure).map(Observation::getObservedOn).orElse(null);
		observation.setObservedOn(latest == null ? LocalDate.now() : next(latest, measure.getFrequency()));
		add(observations, measure, Literals.MEASURE__OBSERVATIONS, observation, "Add observation to ");
		observations.editRow(observation, observations.columns().get(1));
		return observation;
	}

	/**
	 * Adds a trajectory point one period after the last one, and starts editing its expected value.
	 *
	 * @return the new point, {@code null} when no measure is selected
	 */
	public TrajectoryPoint addTrajectoryPoint() {
		Measure measure = selectedMeasure();
		if (measure == null) {
			trajectory.setStatus("Select a measure first.");
			return null;
		}
		TrajectoryPoint point = MeasuresFactory.eINSTANCE.createTrajectoryPoint();
		LocalDate last = measure.getTrajectory().stream().map(TrajectoryPoint::getDueDate)
				.filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
		point.setDueDate(last == null ? measure.getTargetDate() != null ? measure.getTargetDate() : LocalDate.now()
				: next(last, measure.getFrequency()));
		add(trajectory, measure, Literals.MEASURE__TRAJECTORY, point, "Add trajectory point to ");
		trajectory.editRow(point, trajectory.columns().get(1));
		return point;
	}

	private static LocalDate next(LocalDate date, Frequency frequency) {
		if (frequency == null) {
			return date.plusMonths(1);
		}
		return switch (frequency) {
		case DAILY -> date.plusDays(1);
		case WEEKLY -> date.plusWeeks(1);
		case FORTNIGHTLY -> date.plusWeeks(2);
		case BIMONTHLY -> date.plusMonths(2);
		case QUARTERLY -> date.plusMonths(3);
		case SIX_MONTHLY -> date.plusMonths(6);
		case ANNUALLY -> date.plusYears(1);
		default -> date.plusMonths(1);
		};
	}

	private <T extends EObject> void add(EditableRows<T> rows, Measure measure, EReference feature, T added,
			String label) {
		CompoundCommand add = new CompoundCommand(label + "'" + PlacewiseLabels.name(measure) + "'");
		add.append(AddCommand.create(context().domain(), measure, feature, added));
		rows.execute(add);
		rows.refresh();
	}

	private <T extends EObject> void removeSelected(EditableRows<T> rows, EReference feature) {
		Measure measure = selectedMeasure();
		List<T> selected = rows.selected();
		if (measure == null || selected.isEmpty()) {
			rows.setStatus("Select the rows to delete first.");
			return;
		}
		CompoundCommand remove = new CompoundCommand("Delete " + PlacewiseLabels.count(selected.size(),
				PlacewiseLabels.typeName(selected.get(0).eClass()).toLowerCase(Locale.UK),
				PlacewiseLabels.typePlural(selected.get(0).eClass()).toLowerCase(Locale.UK)) + " of '"
				+ PlacewiseLabels.name(measure) + "'");
		remove.append(RemoveCommand.create(context().domain(), measure, feature, selected));
		rows.execute(remove);
		rows.refresh();
	}

	private void showMeasure() {
		if (master == null) {
			return;
		}
		Measure measure = selectedMeasure();
		master.show(measure, measure == null ? "No measure selected: select one on the left"
				: "Measure: " + PlacewiseLabels.name(measure), measure == null ? List.of() : findings.on(measure));
		trajectory.refresh();
		observations.refresh();
	}

	@Override
	protected void refresh() {
		measures.refresh();
		showMeasure();
	}

	/** @return the measures table */
	public EditableRows<Measure> measures() {
		return measures;
	}

	/** @return the selected measure's observations table */
	public EditableRows<Observation> observations() {
		return observations;
	}

	/** @return the selected measure's trajectory table */
	public EditableRows<TrajectoryPoint> trajectory() {
		return trajectory;
	}

	/** @return the fields of the selected measure */
	public FeatureFields fields() {
		return fields;
	}

	/** @return the line under the fields: why a typed value was refused */
	public String status() {
		return master.status();
	}

	@Override
	protected ISelectionProvider selectionSource() {
		return measures == null ? null : measures.viewer();
	}

	@Override
	public void setFocus() {
		if (measures != null && !measures.getControl().isDisposed()) {
			measures.viewer().getControl().setFocus();
		} else {
			super.setFocus();
		}
	}
}
