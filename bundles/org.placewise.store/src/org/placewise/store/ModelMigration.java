package org.placewise.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.LimitKind;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;

/**
 * Brings a model written by an earlier version of Placewise up to the current file format when it is opened.
 * <p>
 * Version 1 files (written before the format carried a version) have no {@code formatVersion}. Version 2 added legal
 * capacity, decision areas, limit kinds, delegation end dates, joint committee members, committees in common,
 * organisation dates, overlapping footprints, measure kinds, cohorts and denominators, process changes and reported
 * results. Everything a version 1 file says means the same in version 2, so migrating changes only what the new version
 * can say better from what the file already holds, and lists what a person should now fill in. The file itself is not
 * touched until the model is saved.
 */
public final class ModelMigration {

	/** The file format this Placewise writes. */
	public static final int CURRENT_VERSION = 2;

	/** The version of a file with no {@code formatVersion}. */
	public static final int FIRST_VERSION = 1;

	/**
	 * The day clinical commissioning groups were abolished and integrated care boards took on their functions (Health
	 * and Care Act 2022; commencement 1 July 2022).
	 */
	public static final LocalDate CCGS_ABOLISHED = LocalDate.of(2022, 7, 1);

	private static final int MAX_NAMED = 4;

	private ModelMigration() {
	}

	/**
	 * What migrating one model did.
	 *
	 * @param fromVersion the version the model was written in
	 * @param toVersion   the version it is now in
	 * @param changes     sentences saying what was changed, one per kind of change
	 * @param toReview    sentences saying what the new version can record that the file does not say yet
	 */
	public record Result(int fromVersion, int toVersion, List<String> changes, List<String> toReview) {

		/** @return whether the model was brought up from an earlier version */
		public boolean migrated() {
			return fromVersion < toVersion;
		}

		/**
		 * @param source how the user knows the model (its file name)
		 * @return one paragraph for the user: what was migrated, what changed and what to review
		 */
		public String message(String source) {
			StringBuilder text = new StringBuilder();
			text.append(source).append(" was written by an earlier version of Placewise (file format version ")
					.append(fromVersion).append(") and has been brought up to version ").append(toVersion)
					.append(". The file itself is unchanged until you save.");
			if (!changes.isEmpty()) {
				text.append(" Changed: ").append(String.join(" ", changes));
			}
			if (!toReview.isEmpty()) {
				text.append(" To review: ").append(String.join(" ", toReview));
			}
			return text.toString();
		}
	}

	/**
	 * Migrates a model to the current version in place. A model already at the current version is left as it is.
	 *
	 * @param model a model just loaded
	 * @return what was done
	 * @throws IllegalArgumentException when the model was written by a newer Placewise, whose format this one cannot
	 *                                  read without losing what it does not know
	 */
	public static Result migrate(PlacewiseModel model) {
		int version = versionOf(model);
		if (version > CURRENT_VERSION) {
			throw new IllegalArgumentException("it was written by a newer version of Placewise (file format version "
					+ version + "); this version reads files up to version " + CURRENT_VERSION
					+ ". Open it with a newer Placewise");
		}
		List<String> changes = new ArrayList<>();
		List<String> toReview = new ArrayList<>();
		if (version < 2) {
			toVersion2(model, changes, toReview);
		}
		model.setFormatVersion(CURRENT_VERSION);
		Result result = new Result(version, CURRENT_VERSION, List.copyOf(changes), List.copyOf(toReview));
		Resource resource = model.eResource();
		if (resource != null) {
			resource.eAdapters().removeIf(a -> a instanceof Done);
			resource.eAdapters().add(new Done(result));
			if (result.migrated()) {
				resource.setModified(true);
			}
		}
		return result;
	}

	/**
	 * @param model a model
	 * @return the file format version it says it is written in ({@value #FIRST_VERSION} when it does not say)
	 */
	public static int versionOf(PlacewiseModel model) {
		Integer version = model.getFormatVersion();
		return version == null ? FIRST_VERSION : version;
	}

	/**
	 * @param model a model opened by {@link ModelFiles}
	 * @return what opening it migrated, when it was written in an earlier version
	 */
	public static Optional<Result> of(PlacewiseModel model) {
		Resource resource = model.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		Done done = (Done) EcoreUtil.getExistingAdapter(resource, Done.class);
		return done == null || !done.result.migrated() ? Optional.empty() : Optional.of(done.result);
	}

	private static void toVersion2(PlacewiseModel model, List<String> changes, List<String> toReview) {
		List<String> ccgs = new ArrayList<>();
		for (Organisation organisation : model.getOrganisations()) {
			if (organisation.getKind() == OrganisationKind.CLINICAL_COMMISSIONING_GROUP
					&& organisation.getAbolishedDate() == null) {
				organisation.setAbolishedDate(CCGS_ABOLISHED);
				ccgs.add(name(organisation));
			}
		}
		if (!ccgs.isEmpty()) {
			changes.add(count(ccgs.size(), "clinical commissioning group") + " (" + names(ccgs)
					+ ") recorded as abolished on 1 July 2022, when the Health and Care Act 2022 abolished CCGs; they"
					+ " are now past partners.");
		}
		List<String> overlays = new ArrayList<>();
		for (var all = EcoreUtil.<Object>getAllContents(model.getFootprints(), false); all.hasNext();) {
			if (all.next() instanceof Footprint footprint && hasLocalityAndNeighbourhoodChildren(footprint)) {
				for (Footprint child : footprint.getChildren()) {
					if (child.getKind() == FootprintKind.NEIGHBOURHOOD && !child.isOverlapsSiblings()) {
						child.setOverlapsSiblings(true);
						overlays.add(name(child));
					}
				}
			}
		}
		if (!overlays.isEmpty()) {
			changes.add(count(overlays.size(), "neighbourhood") + " (" + names(overlays)
					+ ") nested beside localities in the same footprint marked as overlapping them, so their"
					+ " populations are no longer added to the localities'.");
		}
		List<String> limits = new ArrayList<>();
		List<String> noAreas = new ArrayList<>();
		for (Delegation delegation : model.getDelegations()) {
			if (delegation.getFinancialLimit() != null && delegation.getLimitKind() == LimitKind.NOT_STATED) {
				limits.add(name(delegation));
			}
			if (delegation.getDecisionAreas().isEmpty()) {
				noAreas.add(name(delegation));
			}
		}
		if (!limits.isEmpty()) {
			toReview.add(count(limits.size(), "delegation") + " (" + names(limits)
					+ ") with a financial limit that does not say whether it applies to each decision or is a"
					+ " budget.");
		}
		if (!noAreas.isEmpty()) {
			toReview.add(count(noAreas.size(), "delegation") + " (" + names(noAreas) + ") that "
					+ (noAreas.size() == 1 ? "names no decision areas; its scope is kept as written."
							: "name no decision areas; their scope is kept as written."));
		}
		List<String> inCommon = new ArrayList<>();
		List<String> joint = new ArrayList<>();
		for (var all = EcoreUtil.<Object>getAllContents(model.getBoards(), false); all.hasNext();) {
			if (all.next() instanceof Board board) {
				if (board.getKind() == BoardKind.COMMITTEES_IN_COMMON && board.getCommitteesInCommon().isEmpty()) {
					inCommon.add(name(board));
				}
				if (board.getKind() == BoardKind.JOINT_COMMITTEE && board.getMemberOrganisations().isEmpty()) {
					joint.add(name(board));
				}
			}
		}
		if (!inCommon.isEmpty()) {
			toReview.add(count(inCommon.size(), "committees-in-common board") + " (" + names(inCommon)
					+ "): record the committee of each organisation that meets in common; each decides for its own"
					+ " body, and the meeting itself cannot receive a delegation.");
		}
		if (!joint.isEmpty()) {
			toReview.add(count(joint.size(), "joint committee") + " (" + names(joint)
					+ ") with no member organisations recorded.");
		}
	}

	private static boolean hasLocalityAndNeighbourhoodChildren(Footprint footprint) {
		boolean locality = false;
		boolean neighbourhood = false;
		for (Footprint child : footprint.getChildren()) {
			locality |= child.getKind() == FootprintKind.LOCALITY;
			neighbourhood |= child.getKind() == FootprintKind.NEIGHBOURHOOD;
		}
		return locality && neighbourhood;
	}

	private static String name(NamedElement element) {
		return element.getName() == null || element.getName().isBlank() ? "unnamed" : "'" + element.getName() + "'";
	}

	private static String names(List<String> names) {
		if (names.size() <= MAX_NAMED) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, MAX_NAMED)) + " and " + (names.size() - MAX_NAMED) + " more";
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/** Remembers on the resource what opening it migrated. */
	private static final class Done extends AdapterImpl {
		private final Result result;

		Done(Result result) {
			this.result = result;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Done.class;
		}
	}
}
