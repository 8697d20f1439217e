package org.placewise.design.services;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramLabels;
import org.placewise.diagram.kinds.MeasureStatus;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.Membership;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.query.Delegations;
import org.placewise.model.query.Measures;

/**
 * The Java services the Placewise Sirius viewpoint calls from its expressions ({@code aql:self.systemsLabel()},
 * {@code service:hasFindings}). Plain Java over the Placewise model: no Sirius type appears here, so the class compiles
 * and is tested without Sirius. Each service takes the object the expression is evaluated on as its first parameter, as
 * Sirius requires. Labels and statuses come from Placewise's own diagrams ({@link GeneratedLabels},
 * {@link MeasureStatus}), findings from the check catalogue ({@link FindingIndex}), so a Sirius diagram says what the
 * generated diagrams say.
 */
public class PlacewiseServices {

	private final Clock clock;
	private final Function<EObject, List<Finding>> checker;

	/** Creates the services as Sirius does, judging dates against today. */
	public PlacewiseServices() {
		this(Clock.systemDefaultZone());
	}

	/**
	 * @param clock gives "today" for date-based checks (a fixed clock makes results repeatable)
	 */
	public PlacewiseServices(Clock clock) {
		this.clock = clock;
		this.checker = root -> new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, LocalDate.now(clock))
				.check(root);
	}

	// ---- labels: the same words as the generated diagrams -------------------------------------

	/**
	 * @param self an object shown on the "Systems within systems" diagram
	 * @return its label in Placewise's generated systems diagram (name, then detail lines)
	 */
	public String systemsLabel(EObject self) {
		return generated(DiagramKind.SYSTEMS, self);
	}

	/**
	 * @param self a board, organisation, role or delegation
	 * @return its label in Placewise's generated governance diagram; for a delegation the lines on its arrow
	 */
	public String governanceLabel(EObject self) {
		return generated(DiagramKind.GOVERNANCE, self);
	}

	/**
	 * @param self a vision, outcome, programme or measure
	 * @return its label in Placewise's generated outcome tree
	 */
	public String outcomeLabel(EObject self) {
		return generated(DiagramKind.OUTCOMES, self);
	}

	/**
	 * @param self a pooled budget, contribution or investment flow
	 * @return its label in Placewise's generated money diagram
	 */
	public String moneyLabel(EObject self) {
		return generated(DiagramKind.MONEY, self);
	}

	/**
	 * @param self a board membership
	 * @return e.g. {@code Member: Jane Smith for Wigan Council (non-voting)}
	 */
	public String memberLabel(Membership self) {
		return PlacewiseLabels.text(self);
	}

	private static String generated(DiagramKind kind, EObject self) {
		GeneratedLabels labels = GeneratedLabels.of(self);
		String label = labels == null ? null : labels.label(kind, self);
		// Objects the generated diagram leaves out (out of scope, or not drawn there) keep their name.
		return label != null ? label : DiagramLabels.name(self);
	}

	/**
	 * @param self a delegation
	 * @return whether it gives more than the delegation it was made under allows
	 */
	public boolean exceedsSourceLimit(Delegation self) {
		return Delegations.exceedsSourceLimit(self);
	}

	// ---- navigation the metamodel does not offer directly --------------------------------------

	/**
	 * @param self any model object
	 * @return the model it belongs to
	 * @throws IllegalArgumentException naming the object when it is not inside a Placewise model
	 */
	public PlacewiseModel modelOf(EObject self) {
		EObject root = EcoreUtil.getRootContainer(self);
		if (root instanceof PlacewiseModel model) {
			return model;
		}
		throw new IllegalArgumentException("'" + PlacewiseLabels.text(self) + "' is not inside a Placewise model");
	}

	/**
	 * Boards sitting at a footprint, as the footprint has no reference to them. Sub-groups are included: they sit at a
	 * footprint too.
	 *
	 * @param self a footprint
	 * @return the boards whose footprint is this one, in model order
	 */
	public List<Board> boardsAt(Footprint self) {
		return allBoards(modelOf(self)).stream().filter(b -> b.getFootprint() == self).toList();
	}

	/**
	 * @param self a footprint
	 * @return the organisations that mainly serve this footprint, in model order
	 */
	public List<Organisation> organisationsAt(Footprint self) {
		return modelOf(self).getOrganisations().stream().filter(o -> o.getFootprint() == self).toList();
	}

	/**
	 * @param self a model
	 * @return every board and committee, sub-groups after their parent group
	 */
	public List<Board> allBoards(PlacewiseModel self) {
		List<Board> boards = new ArrayList<>();
		for (Board board : self.getBoards()) {
			collect(board, boards);
		}
		return boards;
	}

	private static void collect(Board board, List<Board> into) {
		if (!into.contains(board)) {
			into.add(board);
			board.getSubGroups().forEach(sub -> collect(sub, into));
		}
	}

	// ---- measures -------------------------------------------------------------------------------

	/**
	 * @param self a measure
	 * @return its status key, e.g. {@code short-of-target}: the status of Placewise's diagrams ({@link MeasureStatus})
	 */
	public String measureStatus(Measure self) {
		return statusKey(MeasureStatus.of(self));
	}

	/**
	 * @param status a measure status
	 * @return its key in expressions, e.g. {@code short-of-target} for {@link MeasureStatus#SHORT_OF_TARGET}
	 */
	public static String statusKey(MeasureStatus status) {
		return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * @param self a measure
	 * @return its status in the words of the generated diagrams, e.g. {@code Short of target}
	 */
	public String measureStatusLabel(Measure self) {
		return MeasureStatus.of(self).label();
	}

	/**
	 * @param self a measure
	 * @return the names of the programmes it belongs to, comma separated; empty when none
	 */
	public String programmeNames(Measure self) {
		return self.getProgrammes().stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}

	/**
	 * @param self a measure
	 * @return its baseline with unit, or "(not recorded)"
	 */
	public String baselineLabel(Measure self) {
		return withUnit(self.getBaselineValue(), self);
	}

	/**
	 * @param self a measure
	 * @return its target with unit, or "(not recorded)"
	 */
	public String targetLabel(Measure self) {
		return withUnit(self.getTargetValue(), self);
	}

	/**
	 * @param self a measure
	 * @return its latest dated observation with unit and date, e.g. "9.4 days (27 May 2024)", or "no data"
	 */
	public String latestLabel(Measure self) {
		return Measures.latestObservation(self)
				.map(o -> withUnit(o.getObservedValue(), self) + " (" + PlacewiseLabels.date(o.getObservedOn()) + ")")
				.orElse("no data");
	}

	/** A value with its unit as the generated diagrams write it ("£74 per week", "12%"). */
	private static String withUnit(BigDecimal value, Measure measure) {
		return value == null ? PlacewiseLabels.number(null) : DiagramLabels.value(measure, value);
	}

	/**
	 * Reads a figure typed into a cell of the measures register. Thousands separators, a pound sign and surrounding
	 * spaces are accepted; an empty cell clears the value.
	 *
	 * @param self the measure being edited (names it in the error)
	 * @param text what was typed
	 * @return the number, or null for an empty cell
	 * @throws IllegalArgumentException in plain words, naming the measure and the text, when it is not a number
	 */
	public BigDecimal parseFigure(Measure self, String text) {
		String cleaned = text == null ? "" : text.strip().replace(",", "").replace("\u00a3", "");
		if (cleaned.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(cleaned);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text + "' is not a number, so it cannot be a figure of measure '"
					+ self.getName() + "'. Type digits such as 8.4 or 1,250.");
		}
	}

	// ---- findings of the check catalogue --------------------------------------------------------

	/**
	 * @param self a model object
	 * @return whether the check catalogue reports anything about it
	 */
	public boolean hasFindings(EObject self) {
		return !FindingIndex.of(self, checker).findings(self).isEmpty();
	}

	/**
	 * @param self a model object
	 * @return the severity of its worst finding ({@code error}, {@code warning}, {@code info}), or "" when none
	 */
	public String worstSeverity(EObject self) {
		return FindingIndex.of(self, checker).worstSeverity(self).map(s -> s.label()).orElse("");
	}

	/**
	 * @param self a model object
	 * @return the image path of the decoration for its worst finding, or "" when it has none
	 */
	public String findingIcon(EObject self) {
		return FindingIndex.of(self, checker).worstSeverity(self).map(FindingMarks::iconPath).orElse("");
	}

	/**
	 * @param self a model object
	 * @return one line per finding, e.g. {@code warning programme.no-outcome-kpi: ...}, for the decoration tooltip
	 */
	public String findingsSummary(EObject self) {
		return FindingIndex.of(self, checker).findings(self).stream()
				.map(f -> f.severity().label() + " " + f.ruleId() + ": " + f.message())
				.collect(Collectors.joining("\n"));
	}
}
