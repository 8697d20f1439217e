package org.placewise.model.edit.label;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.governance.TermsOfReference;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.query.ModelChanges;
import org.placewise.model.query.ModelChanges.Area;
import org.placewise.model.query.ModelChanges.Change;
import org.placewise.model.query.ModelChanges.FeatureChange;
import org.placewise.model.query.ModelChanges.Kind;
import org.placewise.model.query.ModelChanges.ObservationCount;

/**
 * What changed in the scheme of delegation, the boards and the measures between two versions of a model, in words and
 * grouped by area: the one change list that {@code placewise changes}, the leaders' pack's "What changed" register and
 * the workbench's "What changed" view all show. Values are worded by {@link ChangeWords}, names by
 * {@link PlacewiseLabels}.
 *
 * @param model   what is compared, as it is now ("exampleshire.placewise", a repository model's address)
 * @param earlier the earlier point it is compared with, as a phrase that follows "since" ("exampleshire.placewise.bak,
 *                saved 2 Dec 2026", "commit 1764700000000 by alice on 2 Dec 2026")
 * @param groups  the areas with changes, in the order scheme of delegation, boards, measures
 * @param changes the changes the list words
 */
public record ChangeList(String model, String earlier, List<Group> groups, ModelChanges.Changes changes) {

	/** Copies the groups. */
	public ChangeList {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(earlier, "earlier");
		groups = List.copyOf(groups);
		Objects.requireNonNull(changes, "changes");
	}

	/**
	 * The changes of one area.
	 *
	 * @param area    the area
	 * @param title   its heading: "Scheme of delegation", "Boards", "Measures"
	 * @param entries one a changed, added or removed object, then one a measure whose observations changed
	 */
	public record Group(Area area, String title, List<Entry> entries) {

		/** Copies the entries. */
		public Group {
			entries = List.copyOf(entries);
		}
	}

	/**
	 * One object in the list.
	 *
	 * @param kind         what happened to it; a measure whose observations alone changed is {@link Kind#CHANGED}
	 * @param object       the object (from the later version, or the earlier one when removed)
	 * @param subject      the object as a governance professional names it: "Delegation 'Discharge fund' (Exampletown
	 *                     Place Committee → Exampletown place lead)", "Member 'Dr A Patel' of board 'Place Board'"
	 * @param values       the values that changed (empty unless changed)
	 * @param observations "1 observation added" when the object is a measure whose observations changed, else
	 *                     {@code null}
	 */
	public record Entry(Kind kind, EObject object, String subject, List<Value> values, String observations) {

		/** Copies the values. */
		public Entry {
			values = List.copyOf(values);
		}

		/** @return "Added", "Removed" or "Changed" */
		public String kindWord() {
			return ChangeList.kindWord(kind);
		}

		/** @return the entry on one line: "Changed: Board 'Place Board'", "Measure 'Delays': 1 observation added" */
		public String line() {
			return observations != null ? subject + ": " + observations : kindWord() + ": " + subject;
		}
	}

	/**
	 * One value that changed.
	 *
	 * @param feature the feature's name: "Financial limit"
	 * @param before  the earlier value in words: "£2,000,000"
	 * @param after   the later value in words: "£2,500,000"
	 */
	public record Value(String feature, String before, String after) {

		/** @return "Financial limit: £2,000,000 → £2,500,000" */
		public String line() {
			return feature + ": " + before + " \u2192 " + after;
		}
	}

	/**
	 * Words a comparison.
	 *
	 * @param model   what is compared, as it is now
	 * @param earlier the earlier point, as a phrase that follows "since"
	 * @param changes what {@link ModelChanges#between} found
	 * @return the change list
	 */
	public static ChangeList of(String model, String earlier, ModelChanges.Changes changes) {
		List<Group> groups = new ArrayList<>();
		for (Area area : Area.values()) {
			List<Entry> entries = new ArrayList<>();
			for (Change change : changes.changes()) {
				if (change.area() == area) {
					entries.add(entry(change));
				}
			}
			if (area == Area.MEASURES) {
				for (ObservationCount count : changes.observations()) {
					entries.add(new Entry(Kind.CHANGED, count.measure(), subject(count.measure()), List.of(),
							observations(count)));
				}
			}
			if (!entries.isEmpty()) {
				groups.add(new Group(area, title(area), entries));
			}
		}
		return new ChangeList(model, earlier, groups, changes);
	}

	/**
	 * @param file an earlier version of a model file
	 * @return the earlier point of a file comparison, with the day the file was last written:
	 *         "exampleshire.placewise.bak, saved 2 Dec 2026" (only the name when the system cannot tell the day)
	 */
	public static String savedFile(Path file) {
		String name = file.getFileName().toString();
		try {
			LocalDate saved = LocalDate.ofInstant(
					Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
			return name + ", saved " + PlacewiseLabels.date(saved);
		} catch (IOException e) {
			return name;
		}
	}

	/**
	 * @param commit the commit's number
	 * @param author who made it, or {@code null} when unknown
	 * @param day    the day it was made, or {@code null} when unknown
	 * @return the earlier point of a repository comparison: "commit 1764700000000 by alice on 2 Dec 2026"
	 */
	public static String commit(long commit, String author, LocalDate day) {
		return "commit " + commit + (author == null ? "" : " by " + author)
				+ (day == null ? "" : " on " + PlacewiseLabels.date(day));
	}

	/**
	 * @param day the day whose end is compared with
	 * @return the earlier point of a comparison with a past day: "the end of 1 Apr 2025"
	 */
	public static String endOf(LocalDate day) {
		return "the end of " + PlacewiseLabels.date(day);
	}

	/** @return "Changes to exampleshire.placewise since exampleshire.placewise.bak, saved 2 Dec 2026" */
	public String heading() {
		return "Changes to " + model + " since " + earlier;
	}

	/** @return whether nothing the comparison looks at changed */
	public boolean none() {
		return groups.isEmpty();
	}

	/**
	 * @return how much changed, area by area: "Scheme of delegation: 1 changed, 0 added, 0 removed; boards: 1 changed,
	 *         0 added, 0 removed; measures: 0 changed, 0 added, 0 removed; 1 new observation, 0 removed."
	 */
	public String summary() {
		List<String> parts = new ArrayList<>();
		for (Area area : Area.values()) {
			long changed = count(area, Kind.CHANGED);
			long added = count(area, Kind.ADDED);
			long removed = count(area, Kind.REMOVED);
			parts.add(title(area).toLowerCase(Locale.ROOT) + ": " + changed + " changed, " + added + " added, "
					+ removed + " removed");
		}
		int newObservations = changes.observations().stream().mapToInt(ObservationCount::added).sum();
		int goneObservations = changes.observations().stream().mapToInt(ObservationCount::removed).sum();
		parts.add(PlacewiseLabels.count(newObservations, "new observation", "new observations") + ", "
				+ goneObservations + " removed");
		String text = String.join("; ", parts) + ".";
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private long count(Area area, Kind kind) {
		return changes.changes().stream().filter(c -> c.area() == area && c.kind() == kind).count();
	}

	/**
	 * @return the whole list as text, for a terminal or the clipboard: the heading, the summary, then each area with
	 *         its objects and their values indented beneath
	 */
	public String text() {
		StringBuilder text = new StringBuilder(heading()).append('\n');
		if (none()) {
			return text.append("\nNo changes in the scheme of delegation, boards or measures.\n").toString();
		}
		text.append(summary()).append('\n');
		for (Group group : groups) {
			text.append('\n').append(group.title()).append('\n');
			for (Entry entry : group.entries()) {
				text.append("  ").append(entry.line()).append('\n');
				for (Value value : entry.values()) {
					text.append("    ").append(value.line()).append('\n');
				}
			}
		}
		return text.toString();
	}

	/**
	 * @param area an area of the model
	 * @return its heading: "Scheme of delegation", "Boards", "Measures"
	 */
	public static String title(Area area) {
		return switch (area) {
		case SCHEME_OF_DELEGATION -> "Scheme of delegation";
		case BOARDS -> "Boards";
		case MEASURES -> "Measures";
		};
	}

	/**
	 * @param kind what happened to an object
	 * @return "Added", "Removed" or "Changed"
	 */
	public static String kindWord(Kind kind) {
		return switch (kind) {
		case ADDED -> "Added";
		case REMOVED -> "Removed";
		case CHANGED -> "Changed";
		};
	}

	private static Entry entry(Change change) {
		List<Value> values = new ArrayList<>();
		for (FeatureChange feature : change.features()) {
			values.add(new Value(PlacewiseLabels.featureName(feature.feature()),
					ChangeWords.value(feature.feature(), feature.before()),
					ChangeWords.value(feature.feature(), feature.after())));
		}
		return new Entry(change.kind(), change.object(), subject(change.object()), values, null);
	}

	private static String observations(ObservationCount count) {
		List<String> parts = new ArrayList<>();
		if (count.added() > 0) {
			parts.add(PlacewiseLabels.count(count.added(), "observation", "observations") + " added");
		}
		if (count.removed() > 0) {
			parts.add(PlacewiseLabels.count(count.removed(), "observation", "observations") + " removed");
		}
		return String.join(", ", parts);
	}

	/**
	 * The object as a governance professional names it: its type, its name, and where it sits when it is part of
	 * something else.
	 *
	 * @param object a model object
	 * @return "Delegation 'Discharge fund' (Exampletown Place Committee → Exampletown place lead)", "Reserved matter
	 *         'Budget' of delegation 'Discharge fund'", "Trajectory point due 31 Mar 2026 of measure 'Delays'"
	 */
	public static String subject(EObject object) {
		String type = PlacewiseLabels.typeName(object.eClass());
		EObject container = object.eContainer();
		if (container != null && (object instanceof ReservedMatter || object instanceof EscalationRule
				|| object instanceof TermsOfReference || object instanceof Membership
				|| object instanceof TrajectoryPoint)) {
			String own;
			if (object instanceof Membership member) {
				own = " " + quoted(member.getPerson() != null ? member.getPerson()
						: member.getRole() != null ? member.getRole() : member.getRepresents());
			} else if (object instanceof TrajectoryPoint point) {
				own = " due " + (point.getDueDate() == null ? PlacewiseLabels.name(null)
						: PlacewiseLabels.date(point.getDueDate()));
			} else if (object instanceof EscalationRule) {
				own = "";
			} else {
				own = " " + quoted(object);
			}
			return type + own + " of " + PlacewiseLabels.typeName(container.eClass()).toLowerCase(Locale.ROOT) + " "
					+ quoted(container);
		}
		String text = type + " " + quoted(object);
		if (object instanceof Delegation delegation) {
			text += " (" + PlacewiseLabels.name(delegation.getDelegator()) + " \u2192 "
					+ PlacewiseLabels.name(delegation.getDelegate()) + ")";
		}
		return text;
	}

	private static String quoted(Object element) {
		return "'" + PlacewiseLabels.name(element) + "'";
	}
}
