package org.placewise.checks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;

/**
 * A finding as an EMF {@link org.eclipse.emf.common.util.Diagnostic}, so any EMF tool (the Diagnostician, a Sirius
 * session) reports it. Source is {@value #SOURCE}; the data are the target object first, then the related objects;
 * {@link #ruleId()} gives the stable rule id and {@link #getCode()} the rule's position-independent numeric code.
 */
public final class FindingDiagnostic extends BasicDiagnostic {
	/** The diagnostic source of every Placewise finding. */
	public static final String SOURCE = "org.placewise.checks";

	private final Finding finding;

	FindingDiagnostic(Finding finding) {
		super(finding.severity().diagnosticSeverity(), SOURCE, code(finding.ruleId()), finding.message(),
				data(finding));
		this.finding = finding;
	}

	/** @return the stable rule id, e.g. {@code programme.no-outcome-kpi} */
	public String ruleId() {
		return finding.ruleId();
	}

	/** @return the finding behind this diagnostic */
	public Finding finding() {
		return finding;
	}

	/**
	 * @return a stable numeric code for a rule id (the diagnostic API wants an int): derived from the id alone, so it
	 *         does not change when rules are added or reordered
	 */
	public static int code(String ruleId) {
		return ruleId.hashCode() & 0x7fffffff;
	}

	private static Object[] data(Finding finding) {
		List<Object> data = new ArrayList<>();
		data.add(finding.target());
		data.addAll(finding.related());
		return data.toArray();
	}
}
