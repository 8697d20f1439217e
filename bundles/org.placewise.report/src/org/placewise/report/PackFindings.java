package org.placewise.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.Partnership;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Person;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * The pack's findings as leaders look for them: on the rows of the objects they are about, grouped by who owns putting
 * them right, counted by severity, and compared with the last pack.
 *
 * <p>
 * A finding is <em>about</em> the nearest object containing its target that the pack shows (a finding on a board's
 * membership is about the board). Its <em>owner</em> is read from the model (see {@link #owner(Finding)}).
 */
final class PackFindings {

	/** The kinds of owner, in the order the findings page lists them. */
	enum OwnerKind {
		/** A board or committee: its own findings, its delegations' and its partnerships'. */
		BOARD("Board or committee"),
		/** A work programme: its findings and those of the measures it lists that have no owner. */
		PROGRAMME("Programme"),
		/** The person recorded as a measure's owner. */
		MEASURE_OWNER("Measure owner"),
		/** Nobody the model names: footprints, organisations, outcomes, money, and unowned objects. */
		NONE("No owner in the model");

		final String label;

		OwnerKind(String label) {
			this.label = label;
		}
	}

	/**
	 * Who owns putting findings right.
	 *
	 * @param kind   the kind of owner
	 * @param object the board, programme or person; {@code null} for {@link OwnerKind#NONE}
	 */
	record Owner(OwnerKind kind, EObject object) {

		/** The owner's name as the findings page heads its group. */
		String name() {
			return object == null ? "Place-wide: footprints, organisations, outcomes and money"
					: PackWording.name(object);
		}

		/** A fragment id for the owner's group on the findings page. */
		String anchor() {
			return object == null ? "owner-none" : "owner-" + PackPlan.anchorId(object);
		}
	}

	private final List<Finding> findings;
	private final Map<EObject, List<Finding>> about = new IdentityHashMap<>();
	private final Map<Finding, String> anchors = new IdentityHashMap<>();
	private final Map<Owner, List<Finding>> byOwner;
	private final FindingsRecord previous;
	private final Set<String> newKeys = new HashSet<>();
	private final List<FindingsRecord.Entry> resolved = new ArrayList<>();

	/**
	 * @param findings the findings, in the order the pack shows them
	 * @param shownAs  the nearest object containing a target that the pack shows, or {@code null}
	 * @param previous the findings of the last pack, or {@code null} when there is none to compare with
	 */
	PackFindings(List<Finding> findings, Function<EObject, EObject> shownAs, FindingsRecord previous) {
		this.findings = List.copyOf(findings);
		this.previous = previous;
		Map<String, Integer> usedAnchors = new HashMap<>();
		Map<Owner, List<Finding>> groups = new HashMap<>();
		for (Finding finding : this.findings) {
			EObject shown = shownAs.apply(finding.target());
			if (shown != null) {
				about.computeIfAbsent(shown, o -> new ArrayList<>()).add(finding);
			}
			String base = ("f-" + finding.ruleId() + "-" + PackPlan.anchorId(finding.target()).substring(2))
					.replaceAll("[^A-Za-z0-9_-]", "-");
			int n = usedAnchors.merge(base, 1, Integer::sum);
			anchors.put(finding, n == 1 ? base : base + "-" + n);
			groups.computeIfAbsent(owner(finding), o -> new ArrayList<>()).add(finding);
		}
		Map<Owner, List<Finding>> ordered = new LinkedHashMap<>();
		groups.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<Owner, List<Finding>> e) -> e.getKey().kind())
						.thenComparing(e -> e.getKey().name()))
				.forEach(e -> ordered.put(e.getKey(), e.getValue()));
		byOwner = ordered;
		if (previous != null) {
			Set<String> before = new HashSet<>();
			previous.findings().forEach(e -> before.add(e.key()));
			Set<String> now = new HashSet<>();
			for (Finding finding : this.findings) {
				String key = FindingsRecord.entry(finding).key();
				now.add(key);
				if (!before.contains(key)) {
					newKeys.add(key);
				}
			}
			previous.findings().stream().filter(e -> !now.contains(e.key())).forEach(resolved::add);
		}
	}

	/**
	 * Who owns putting a finding right, read from the model by walking out from the finding's object: a measure's owner
	 * (or, without one, the first programme listing it); the programme or the board or committee the object belongs to;
	 * a delegation's delegator when that is a board; a partnership's board. Anything else has no owner in the model.
	 */
	static Owner owner(Finding finding) {
		for (EObject o = finding.target(); o != null; o = o.eContainer()) {
			if (o instanceof Measure measure) {
				if (measure.getOwner() != null) {
					return new Owner(OwnerKind.MEASURE_OWNER, measure.getOwner());
				}
				if (!measure.getProgrammes().isEmpty()) {
					return new Owner(OwnerKind.PROGRAMME, measure.getProgrammes().get(0));
				}
				break;
			}
			if (o instanceof WorkProgramme programme) {
				return new Owner(OwnerKind.PROGRAMME, programme);
			}
			if (o instanceof Board board) {
				return new Owner(OwnerKind.BOARD, board);
			}
			if (o instanceof Delegation delegation) {
				if (delegation.getDelegator() instanceof Board board) {
					return new Owner(OwnerKind.BOARD, board);
				}
				break;
			}
			if (o instanceof Partnership partnership) {
				if (partnership.getBoard() != null) {
					return new Owner(OwnerKind.BOARD, partnership.getBoard());
				}
				break;
			}
			if (o instanceof Person) {
				break;
			}
		}
		return new Owner(OwnerKind.NONE, null);
	}

	/** @return every finding, most severe first */
	List<Finding> all() {
		return findings;
	}

	/** @return the findings about an object the pack shows, most severe first; empty when none */
	List<Finding> about(EObject shown) {
		return about.getOrDefault(shown, List.of());
	}

	/** @return the finding's fragment id on the findings page */
	String anchor(Finding finding) {
		return anchors.get(finding);
	}

	/** @return the findings grouped by owner: boards, programmes, measure owners, then the rest */
	Map<Owner, List<Finding>> byOwner() {
		return byOwner;
	}

	/** @return how many findings have the severity */
	static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** @return the last pack's findings, or {@code null} when the pack is not compared with one */
	FindingsRecord previous() {
		return previous;
	}

	/** @return whether a finding was not in the last pack; always false without one */
	boolean isNew(Finding finding) {
		return newKeys.contains(FindingsRecord.entry(finding).key());
	}

	/** @return how many findings are new since the last pack */
	long newCount() {
		return findings.stream().filter(this::isNew).count();
	}

	/** @return the last pack's findings that this one no longer has */
	List<FindingsRecord.Entry> resolved() {
		return resolved;
	}
}
