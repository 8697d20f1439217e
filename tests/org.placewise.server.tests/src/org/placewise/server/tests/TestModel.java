package org.placewise.server.tests;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * A small governance-shaped dynamic EPackage for server tests (the real Placewise model replaces it later): strings,
 * ints, longs, booleans, BigDecimals, dates, an enum, a many-valued attribute, containment and cross references,
 * feature names that are SQL keywords ({@code order}, {@code limit}, {@code user}, {@code offset}) and a class name
 * longer than PostgreSQL's 63-character identifier limit.
 */
public final class TestModel {
	/** Namespace URI of the package. */
	public static final String NS_URI = "http://placewise.org/test/governance/1.0";

	/** A 71-character class name: PostgreSQL would silently truncate a table named after it. */
	public static final String LONG_CLASS_NAME = "DelegationOfFinancialAuthorityFromIntegratedCareBoardToPlaceCommittee";

	/** The package. */
	public final EPackage ePackage;

	/** Root object: a place-based partnership. */
	public final EClass partnership;

	/** A board in the partnership. */
	public final EClass board;

	/** A decision taken by a board. */
	public final EClass decision;

	/** A delegation with a very long class name. */
	public final EClass delegation;

	/** One client's log of commits (concurrency tests). */
	public final EClass commitLog;

	/** One entry in a commit log. */
	public final EClass logEntry;

	/** Decision status. */
	public final EEnum status;

	private TestModel(String nsUri, String name) {
		EcoreFactory f = EcoreFactory.eINSTANCE;
		EcorePackage e = EcorePackage.eINSTANCE;
		ePackage = f.createEPackage();
		ePackage.setName(name);
		ePackage.setNsPrefix(name);
		ePackage.setNsURI(nsUri);

		status = f.createEEnum();
		status.setName("Status");
		for (String literalName : new String[] { "PROPOSED", "AGREED", "REJECTED" }) {
			EEnumLiteral literal = f.createEEnumLiteral();
			literal.setName(literalName);
			literal.setValue(status.getELiterals().size());
			status.getELiterals().add(literal);
		}
		ePackage.getEClassifiers().add(status);

		board = eClass("Board");
		attribute(board, "name", e.getEString(), false);
		attribute(board, "quorum", e.getEInt(), false);
		attribute(board, "quorate", e.getEBoolean(), false);

		decision = eClass("Decision");
		attribute(decision, "title", e.getEString(), false);
		attribute(decision, "takenOn", e.getEDate(), false);
		attribute(decision, "amount", e.getEBigDecimal(), false);
		attribute(decision, "order", e.getEInt(), false);
		attribute(decision, "limit", e.getEBigDecimal(), false);
		attribute(decision, "user", e.getEString(), false);
		attribute(decision, "offset", e.getELong(), false);
		attribute(decision, "notes", e.getEString(), false);
		attribute(decision, "status", status, false);
		attribute(decision, "tags", e.getEString(), true);
		reference(decision, "board", board, false, false);

		delegation = eClass(LONG_CLASS_NAME);
		attribute(delegation, "amountDelegated", e.getEBigDecimal(), false);
		reference(delegation, "delegate", board, false, false);

		logEntry = eClass("LogEntry");
		attribute(logEntry, "seq", e.getEInt(), false);
		attribute(logEntry, "label", e.getEString(), false);

		commitLog = eClass("CommitLog");
		attribute(commitLog, "client", e.getEInt(), false);
		reference(commitLog, "entries", logEntry, true, true);

		partnership = eClass("Partnership");
		attribute(partnership, "name", e.getEString(), false);
		attribute(partnership, "founded", e.getEDate(), false);
		attribute(partnership, "budget", e.getEBigDecimal(), false);
		attribute(partnership, "memberCount", e.getEInt(), false);
		reference(partnership, "boards", board, true, true);
		reference(partnership, "decisions", decision, true, true);
		reference(partnership, "delegations", delegation, true, true);
		reference(partnership, "logs", commitLog, true, true);
	}

	/** @return the governance test package */
	public static TestModel create() {
		return new TestModel(NS_URI, "trialgovernance");
	}

	/**
	 * @param nsUri a namespace URI the repository does not know yet
	 * @return a second, independent package (for "new package" permission tests)
	 */
	public static TestModel createOther(String nsUri) {
		return new TestModel(nsUri, "other");
	}

	/**
	 * @param name class name
	 * @return its classifier
	 */
	public EClassifier classifier(String name) {
		return ePackage.getEClassifier(name);
	}

	private EClass eClass(String name) {
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(name);
		ePackage.getEClassifiers().add(eClass);
		return eClass;
	}

	private static void attribute(EClass owner, String name, EClassifier type, boolean many) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		attribute.setUpperBound(many ? -1 : 1);
		owner.getEStructuralFeatures().add(attribute);
	}

	private static void reference(EClass owner, String name, EClass type, boolean containment, boolean many) {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName(name);
		reference.setEType(type);
		reference.setContainment(containment);
		reference.setUpperBound(many ? -1 : 1);
		owner.getEStructuralFeatures().add(reference);
	}
}
