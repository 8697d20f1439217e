package org.placewise.model.query;

import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;

import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Role;

/**
 * Which bodies can lawfully hold and receive statutory functions. Integrated care boards, NHS England, NHS trusts and
 * foundation trusts, local authorities and combined authorities hold functions under the Acts that made them (NHS Act
 * 2006; Local Government Act 1972); their committees and sub-committees, joint committees of such bodies, and their
 * officers can receive them. A partnership board, a consultative forum, committees in common (which only meet
 * together), a provider collaborative, a primary care network or GP practice, a VCSE organisation, a hospice or
 * Healthwatch cannot receive a delegation of statutory functions: they can be contracted, consulted or advised, not
 * delegated to.
 */
public final class LegalCapacity {

	private LegalCapacity() {
	}

	/**
	 * @param kind a kind of organisation
	 * @return whether bodies of that kind hold statutory health or care functions of their own
	 */
	public static boolean holdsStatutoryFunctions(OrganisationKind kind) {
		return switch (kind) {
		case INTEGRATED_CARE_BOARD, NHS_ENGLAND, ACUTE_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST, LOCAL_AUTHORITY,
				COMBINED_AUTHORITY, CLINICAL_COMMISSIONING_GROUP ->
			true;
		default -> false;
		};
	}

	/**
	 * @param kind a kind of organisation
	 * @return whether it is an NHS body (an ICB, NHS England, an NHS trust or foundation trust, or a former CCG)
	 */
	public static boolean isNhsBody(OrganisationKind kind) {
		return switch (kind) {
		case INTEGRATED_CARE_BOARD, NHS_ENGLAND, ACUTE_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST,
				CLINICAL_COMMISSIONING_GROUP ->
			true;
		default -> false;
		};
	}

	/**
	 * @param kind a kind of organisation
	 * @return whether it is a local authority or combined authority
	 */
	public static boolean isCouncil(OrganisationKind kind) {
		return kind == OrganisationKind.LOCAL_AUTHORITY || kind == OrganisationKind.COMBINED_AUTHORITY;
	}

	/** Why a decision maker cannot receive a delegation. */
	public enum Reason {
		/** The delegate is an organisation of a kind that holds no statutory functions. */
		ORGANISATION_KIND,
		/** The delegate is a role of such an organisation. */
		ROLE_OF_ORGANISATION_KIND,
		/** The delegate is a board of such an organisation. */
		BOARD_OF_ORGANISATION_KIND,
		/** The delegate is the board of a consultative forum. */
		CONSULTATIVE_FORUM,
		/**
		 * The delegate is a kind of board that cannot exercise functions (committees in common, a partnership board, a
		 * group).
		 */
		BOARD_KIND,
		/** The delegate is a joint committee with a member that holds no statutory functions. */
		JOINT_COMMITTEE_MEMBER
	}

	/**
	 * Why a delegate cannot receive a delegation.
	 *
	 * @param reason       the reason
	 * @param kind         the kind of organisation ({@link OrganisationKind}) or of board ({@link BoardKind}) at fault;
	 *                     {@code null} for a consultative forum
	 * @param organisation the organisation at fault, when there is one
	 */
	public record Incapacity(Reason reason, Enumerator kind, Organisation organisation) {
	}

	/**
	 * Why a decision maker cannot receive a delegation of statutory functions.
	 *
	 * @param receiver a delegate
	 * @return the reason; empty when it can, or when the model does not say enough to tell
	 */
	public static Optional<Incapacity> whyCannotReceive(DecisionMaker receiver) {
		if (receiver instanceof Organisation organisation) {
			return lacking(Reason.ORGANISATION_KIND, organisation);
		}
		if (receiver instanceof Role role) {
			return lacking(Reason.ROLE_OF_ORGANISATION_KIND, role.getOrganisation());
		}
		if (receiver instanceof Board board) {
			Partnership partnership = board.getPartnership();
			if (partnership != null && partnership.getModel() == PartnershipModel.CONSULTATIVE_FORUM) {
				return Optional.of(new Incapacity(Reason.CONSULTATIVE_FORUM, null, null));
			}
			switch (board.getKind()) {
			case COMMITTEES_IN_COMMON, PARTNERSHIP_BOARD, EXECUTIVE_GROUP, STEERING_GROUP, WORKING_GROUP:
				return Optional.of(new Incapacity(Reason.BOARD_KIND, board.getKind(), null));
			case JOINT_COMMITTEE:
				for (Organisation member : board.getMemberOrganisations()) {
					Optional<Incapacity> lacking = lacking(Reason.JOINT_COMMITTEE_MEMBER, member);
					if (lacking.isPresent()) {
						return lacking;
					}
				}
				return Optional.empty();
			default:
				return lacking(Reason.BOARD_OF_ORGANISATION_KIND, board.getOrganisation());
			}
		}
		return Optional.empty();
	}

	private static Optional<Incapacity> lacking(Reason reason, Organisation organisation) {
		return organisation == null || holdsStatutoryFunctions(organisation.getKind()) ? Optional.empty()
				: Optional.of(new Incapacity(reason, organisation.getKind(), organisation));
	}
}
