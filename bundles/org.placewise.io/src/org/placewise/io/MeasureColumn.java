package org.placewise.io;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.io.internal.Values;
import org.placewise.model.core.CorePackage;
import org.placewise.model.measures.MeasuresPackage;

/**
 * The columns of a measures file, in the order an export writes them. Headers are matched ignoring case, spaces,
 * hyphens and underscores, and each column accepts a few common spellings.
 */
public enum MeasureColumn {
	/** The measure's name; required. With the programme, it says which measure a row is. */
	NAME("name", MeasuresPackage.Literals.MEASURE.getEStructuralFeature("name"), "measure", "measure name", "kpi"),
	/** Names of the work programmes the measure evidences, separated by semicolons. */
	PROGRAMME("programme", MeasuresPackage.Literals.MEASURE__PROGRAMMES, "programmes", "program", "programs",
			"work programme"),
	/** Names of the outcomes the measure evidences, separated by semicolons. */
	OUTCOME("outcome", MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES, "outcomes", "evidenced outcomes"),
	/** Area of measurement: operational, lived-experience, staff-behaviour or financial. */
	KIND("kind", MeasuresPackage.Literals.MEASURE__KIND, "measure kind", "type"),
	/** Theme the measure belongs to. */
	THEME("theme", MeasuresPackage.Literals.MEASURE__THEME),
	/** Unit of measurement. */
	UNIT("unit", MeasuresPackage.Literals.MEASURE__UNIT, "units"),
	/** Which way is better: higher-is-better, lower-is-better or none. */
	DIRECTION("direction", MeasuresPackage.Literals.MEASURE__DESIRED_DIRECTION, "desired direction",
			"improvement direction"),
	/** Baseline value. */
	BASELINE("baseline", MeasuresPackage.Literals.MEASURE__BASELINE_VALUE, "baseline value"),
	/** Date of the baseline. */
	BASELINE_DATE("baseline date", MeasuresPackage.Literals.MEASURE__BASELINE_DATE),
	/** Target value. */
	TARGET("target", MeasuresPackage.Literals.MEASURE__TARGET_VALUE, "target value"),
	/** When the target should be met. */
	TARGET_DATE("target date", MeasuresPackage.Literals.MEASURE__TARGET_DATE),
	/** How often the measure is reported: weekly, monthly, quarterly, ... */
	FREQUENCY("frequency", MeasuresPackage.Literals.MEASURE__FREQUENCY, "reporting frequency"),
	/** Name of the person who owns the measure (a person in the model). */
	OWNER("owner", MeasuresPackage.Literals.MEASURE__OWNER, "measure owner"),
	/** Where the data comes from. */
	DATA_SOURCE("data source", MeasuresPackage.Literals.MEASURE__DATA_SOURCE, "source"),
	/** Free-text description. */
	DESCRIPTION("description", CorePackage.Literals.NAMED_ELEMENT__DESCRIPTION, "notes"),
	/**
	 * The measure's id; optional. When the model has a measure with this id, the row is that measure whatever its name;
	 * otherwise the row is matched by name and programme, and a new measure gets this id.
	 */
	ID("id", CorePackage.Literals.IDENTIFIED__ID, "measure id");

	private final String header;
	private final EStructuralFeature feature;
	private final List<String> keys;

	MeasureColumn(String header, EStructuralFeature feature, String... aliases) {
		this.header = header;
		this.feature = feature;
		java.util.ArrayList<String> all = new java.util.ArrayList<>();
		all.add(Values.key(header));
		for (String alias : aliases) {
			all.add(Values.key(alias));
		}
		this.keys = List.copyOf(all);
	}

	/**
	 * @return the header an export writes
	 */
	public String header() {
		return header;
	}

	/**
	 * @return the measure feature this column sets
	 */
	public EStructuralFeature feature() {
		return feature;
	}

	/**
	 * @param header a header as written in a file
	 * @return the column it names, or {@code null}
	 */
	public static MeasureColumn forHeader(String header) {
		String key = Values.key(header);
		for (MeasureColumn column : values()) {
			if (column.keys.contains(key)) {
				return column;
			}
		}
		return null;
	}
}
