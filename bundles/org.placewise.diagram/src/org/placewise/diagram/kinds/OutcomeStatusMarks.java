package org.placewise.diagram.kinds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.StatusMark;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.outcomes.TargetStatus;
import org.placewise.outcomes.Trend;

/**
 * How the outcome roll-up's statuses are shown wherever the outcome tree is: each {@link Trend} and
 * {@link TargetStatus} as a Making Data Count style icon (improving the improvement circle, deteriorating the concern
 * diamond, no significant change the common cause icon, meeting the P circle, not meeting the F diamond, hit and miss
 * the ? circle, nothing to judge an empty dashed circle) with its words from the one wording source. The diagrams, the
 * leaders' pack and the editor's outcome tree all take their icons and words from here.
 */
public final class OutcomeStatusMarks {

	private OutcomeStatusMarks() {
	}

	/**
	 * @param trend a trend
	 * @return its icon
	 */
	public static StatusMark.Symbol symbol(Trend trend) {
		return switch (trend) {
		case IMPROVING -> StatusMark.Symbol.IMPROVEMENT;
		case DETERIORATING -> StatusMark.Symbol.CONCERN;
		case NO_SIGNIFICANT_CHANGE -> StatusMark.Symbol.COMMON_CAUSE;
		case NOT_ENOUGH_DATA -> StatusMark.Symbol.NOT_ASSESSED;
		};
	}

	/**
	 * @param target a target status
	 * @return its icon
	 */
	public static StatusMark.Symbol symbol(TargetStatus target) {
		return switch (target) {
		case MEETING -> StatusMark.Symbol.PASSES;
		case NOT_MEETING -> StatusMark.Symbol.FAILS;
		case HIT_AND_MISS -> StatusMark.Symbol.HIT_AND_MISS;
		case NOT_ENOUGH_DATA -> StatusMark.Symbol.NOT_ASSESSED;
		case NO_TARGET -> StatusMark.Symbol.NO_TARGET;
		};
	}

	/**
	 * @param trend a trend
	 * @return its mark: icon and words ("Deteriorating")
	 */
	public static StatusMark mark(Trend trend) {
		return new StatusMark(symbol(trend), PlacewiseLabels.literal(trend));
	}

	/**
	 * @param target a target status
	 * @return its mark: icon and words ("Not meeting target")
	 */
	public static StatusMark mark(TargetStatus target) {
		return new StatusMark(symbol(target), PlacewiseLabels.literal(target));
	}

	/**
	 * The legend entries of the statuses a drawing shows, trends first, each in the order of its enum.
	 *
	 * @param trends  the trends shown
	 * @param targets the target statuses shown
	 * @return one entry per status shown
	 */
	public static List<LegendEntry> legend(Collection<Trend> trends, Collection<TargetStatus> targets) {
		var entries = new ArrayList<LegendEntry>();
		for (Trend trend : trends.isEmpty() ? EnumSet.noneOf(Trend.class) : EnumSet.copyOf(trends)) {
			entries.add(LegendEntry.mark(symbol(trend), PlacewiseLabels.literal(trend)));
		}
		for (TargetStatus target : targets.isEmpty() ? EnumSet.noneOf(TargetStatus.class) : EnumSet.copyOf(targets)) {
			entries.add(LegendEntry.mark(symbol(target), PlacewiseLabels.literal(target)));
		}
		return entries;
	}
}
