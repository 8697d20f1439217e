package org.placewise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.placewise.model.PlacewisePackages;
import org.placewise.model.core.CorePackage;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.RiskShareBasis;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.outcomes.OutcomesPackage;

/** The one wording source: display text for every class, feature and enum literal, and its formats. */
class WordingTest {

	/** Java enums outside the metamodel whose display text is in the wording too. */
	private static final List<String> ENUMS_OUTSIDE_THE_METAMODEL = List.of("Trend", "TargetStatus");

	private static final List<EPackage> PACKAGES = PlacewisePackages.all();

	private final ResourceBundle wording = ResourceBundle.getBundle(PlacewiseLabels.WORDING, Locale.ROOT,
			PlacewiseLabels.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	@Test
	void everyEnumLiteralHasDisplayText() {
		var missing = new ArrayList<String>();
		for (EEnum eEnum : classifiers(EEnum.class)) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				String key = "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal";
				if (!wording.containsKey(key) || wording.getString(key).isBlank()) {
					missing.add(key);
					continue;
				}
				// Both the generated Java enum and the EEnumLiteral find the same words.
				assertEquals(wording.getString(key), PlacewiseLabels.literal(literal.getInstance()), key);
				assertEquals(wording.getString(key), PlacewiseLabels.literal(literal), key);
			}
		}
		assertEquals(List.of(), missing, "enum literals without display text");
	}

	@Test
	void everyClassHasANameAndAPlural() {
		var missing = new ArrayList<String>();
		for (EClass type : classifiers(EClass.class)) {
			for (String key : List.of("_UI_" + type.getName() + "_type", "_UI_" + type.getName() + "_plural")) {
				if (!wording.containsKey(key) || wording.getString(key).isBlank()) {
					missing.add(key);
				}
			}
		}
		assertEquals(List.of(), missing, "classes without display text");
	}

	@Test
	void everyFeatureHasAName() {
		var missing = new ArrayList<String>();
		for (EClass type : classifiers(EClass.class)) {
			for (EStructuralFeature feature : type.getEStructuralFeatures()) {
				String key = "_UI_" + type.getName() + "_" + feature.getName() + "_feature";
				if (!wording.containsKey(key) || wording.getString(key).isBlank()) {
					missing.add(key);
				}
			}
		}
		assertEquals(List.of(), missing, "features without display text");
	}

	@Test
	void everyKeyNamesSomethingInTheMetamodel() {
		Set<String> known = new TreeSet<>();
		for (EClass type : classifiers(EClass.class)) {
			known.add("_UI_" + type.getName() + "_type");
			known.add("_UI_" + type.getName() + "_plural");
			type.getEStructuralFeatures()
					.forEach(f -> known.add("_UI_" + type.getName() + "_" + f.getName() + "_feature"));
		}
		for (EEnum eEnum : classifiers(EEnum.class)) {
			eEnum.getELiterals().forEach(l -> known.add("_UI_" + eEnum.getName() + "_" + l.getName() + "_literal"));
		}
		Set<String> stale = new TreeSet<>(wording.keySet());
		stale.removeAll(known);
		// Enums outside the metamodel whose words live here too (org.placewise.outcomes: the roll-up statuses).
		stale.removeIf(
				key -> key.matches("_UI_(" + String.join("|", ENUMS_OUTSIDE_THE_METAMODEL) + ")_[A-Z_]+_literal"));
		assertEquals(Set.of(), stale, "display text for nothing in the metamodel (renamed or removed?)");
	}

	@Test
	void enumLiteralsReadAsWords() {
		assertEquals("NHS Act 2006 s.65Z5", PlacewiseLabels.literal(LegalBasis.NHS_ACT_SECTION_65Z5));
		assertEquals("Committee of the ICB", PlacewiseLabels.literal(PartnershipModel.COMMITTEE_OF_THE_ICB));
		assertEquals("Integrated care system", PlacewiseLabels.literal(FootprintKind.INTEGRATED_CARE_SYSTEM));
		assertEquals("(not recorded)", PlacewiseLabels.literal(null));
	}

	@Test
	void insideASentenceOnlyOrdinaryFirstWordsGoToLowerCase() {
		assertEquals("committee of the ICB", PlacewiseLabels.literalInSentence(PartnershipModel.COMMITTEE_OF_THE_ICB));
		assertEquals("integrated care system", PlacewiseLabels.literalInSentence(FootprintKind.INTEGRATED_CARE_SYSTEM));
		assertEquals("in proportion to contributions",
				PlacewiseLabels.literalInSentence(RiskShareBasis.IN_PROPORTION_TO_CONTRIBUTIONS));
		assertEquals("NHS Act 2006 s.65Z5", PlacewiseLabels.literalInSentence(LegalBasis.NHS_ACT_SECTION_65Z5));
		assertEquals("Local Government Act 1972 s.101",
				PlacewiseLabels.literalInSentence(LegalBasis.LOCAL_GOVERNMENT_ACT_SECTION_101));
		assertEquals("GP practice", PlacewiseLabels.literalInSentence(OrganisationKind.GP_PRACTICE));
	}

	@Test
	void classesAndFeaturesReadAsWords() {
		assertEquals("Work programme", PlacewiseLabels.typeName(OutcomesPackage.Literals.WORK_PROGRAMME));
		assertEquals("People", PlacewiseLabels.typePlural(OrganisationPackage.Literals.PERSON));
		assertEquals("Financial limit",
				PlacewiseLabels.featureName(GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT));
		// An inherited feature is named by the class that declares it.
		assertEquals("Name", PlacewiseLabels.featureName(CorePackage.Literals.NAMED_ELEMENT__NAME));
	}

	@Test
	void countsUseTheSingularForOneAndThePluralOtherwise() {
		assertEquals("1 delegation", PlacewiseLabels.count(1, GovernancePackage.Literals.DELEGATION));
		assertEquals("3 delegations", PlacewiseLabels.count(3, GovernancePackage.Literals.DELEGATION));
		assertEquals("0 work programmes", PlacewiseLabels.count(0, OutcomesPackage.Literals.WORK_PROGRAMME));
		assertEquals("2 people", PlacewiseLabels.count(2, OrganisationPackage.Literals.PERSON));
		assertEquals("1 error", PlacewiseLabels.count(1, "error", "errors"));
		assertEquals("1,204 localities", PlacewiseLabels.count(1204, "locality", "localities"));
	}

	@Test
	void datesHaveOneFormat() {
		assertEquals("27 May 2024", PlacewiseLabels.date(LocalDate.of(2024, 5, 27)));
		assertEquals("1 Jan 2025", PlacewiseLabels.date(LocalDate.of(2025, 1, 1)));
		assertEquals("(not recorded)", PlacewiseLabels.date(null));
	}

	@Test
	void displayTextIsNotTheSerialisedLiteral() {
		// The kebab-case literals are the file format; none of them may leak into display text.
		for (EEnum eEnum : classifiers(EEnum.class)) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				String text = PlacewiseLabels.literal(literal);
				assertFalse(text.contains("-") && text.equals(literal.getLiteral()), text);
				assertTrue(Character.isUpperCase(text.charAt(0)), text);
			}
		}
	}

	private static <T extends EClassifier> List<T> classifiers(Class<T> kind) {
		var result = new ArrayList<T>();
		for (EPackage ePackage : PACKAGES) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (kind.isInstance(classifier)) {
					result.add(kind.cast(classifier));
				}
			}
		}
		return result;
	}
}
