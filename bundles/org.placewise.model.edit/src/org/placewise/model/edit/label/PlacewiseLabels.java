package org.placewise.model.edit.label;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskSharePortion;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.query.Amounts;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.Membership;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.Role;
import org.placewise.model.outcomes.Barrier;
import org.placewise.model.outcomes.Outcome;

/**
 * The one place Placewise turns model content into words: labels a governance professional reads in trees, lists and
 * diagrams ("Delegation: ICB Board → Place Committee, £5,000,000"), and the display text of every class, feature and
 * enum literal of the metamodel ("Work programme", "Financial limit", "NHS Act 2006 s.65Z5"), money, numbers, dates,
 * counts and plurals. Diagrams, the leaders' pack, check messages, the command line, the Sirius services and the
 * workbench all call it, so a thing is worded the same everywhere.
 * <p>
 * The display text of classes, features and enum literals is in the resource bundle
 * {@code org/placewise/model/edit/label/wording.properties}, under the keys EMF.Edit generates
 * ({@code _UI_LegalBasis_NHS_ACT_SECTION_65Z5_literal}, {@code _UI_WorkProgramme_type},
 * {@code _UI_Delegation_financialLimit_feature}) plus {@code _UI_<Class>_plural}. EMF's generated
 * {@code plugin.properties} cannot hold it: its literal values are the serialised literals and its type and feature
 * names are derived from the Java names.
 * <p>
 * Money is shown in pounds the British way; values that are not recorded are shown as such rather than guessed.
 */
public final class PlacewiseLabels {

	private static final Locale UK = Locale.UK;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", UK);
	private static final String NOT_RECORDED = "(not recorded)";
	private static final String UNNAMED = "(unnamed)";

	/** The base name of the resource bundle with the display text of the metamodel. */
	public static final String WORDING = "org.placewise.model.edit.label.wording";

	private static final ResourceBundle TEXT = ResourceBundle.getBundle(WORDING, Locale.ROOT,
			PlacewiseLabels.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private PlacewiseLabels() {
	}

	/**
	 * Formats an amount of money in pounds sterling: {@code £5,000,000}, {@code £74}, {@code £2.50}.
	 *
	 * @param amount the amount, may be null
	 * @return the text, or "(not recorded)" for null
	 */
	public static String money(BigDecimal amount) {
		if (amount == null) {
			return NOT_RECORDED;
		}
		return Amounts.money(amount);
	}

	/**
	 * Formats a plain number with thousands separators, keeping its decimals: {@code 2,800,000}, {@code 10.0}.
	 *
	 * @param number the number, may be null
	 * @return the text, or "(not recorded)" for null
	 */
	public static String number(Number number) {
		if (number == null) {
			return NOT_RECORDED;
		}
		if (number instanceof BigDecimal decimal) {
			return Amounts.number(decimal);
		}
		return NumberFormat.getNumberInstance(UK).format(number);
	}

	/**
	 * The display text of an enum literal, capitalised as at the start of a sentence or in a table cell: "NHS Act 2006
	 * s.65Z5", "Committee of the ICB", "Integrated care system".
	 *
	 * @param value a literal of a Placewise enum (generated enum or {@link EEnumLiteral}), may be null
	 * @return the display text, or "(not recorded)" for null
	 */
	public static String literal(Enumerator value) {
		if (value == null) {
			return NOT_RECORDED;
		}
		String enumName = value instanceof EEnumLiteral literal ? literal.getEEnum().getName()
				: value instanceof Enum<?> constant ? constant.getDeclaringClass().getSimpleName() : null;
		String text = enumName == null ? null : wording("_UI_" + enumName + "_" + value.getName() + "_literal");
		return text != null ? text : capitalise(value.getLiteral().replace('-', ' '));
	}

	/**
	 * The display text of an enum literal for use inside a sentence: "committee of the ICB", "integrated care system",
	 * but "NHS Act 2006 s.65Z5" and "Local Government Act 1972 s.101".
	 *
	 * @param value the literal, may be null
	 * @return the display text with its first word in lower case unless it is an acronym or part of a proper name
	 */
	public static String literalInSentence(Enumerator value) {
		return value == null ? NOT_RECORDED : inSentence(literal(value));
	}

	/**
	 * The display name of a class: "Work programme", "Terms of reference".
	 *
	 * @param type a class of the metamodel
	 * @return its display name
	 */
	public static String typeName(EClass type) {
		String text = wording("_UI_" + type.getName() + "_type");
		return text != null ? text : capitalise(words(type.getName()));
	}

	/**
	 * The display name of a class for several objects: "Work programmes", "People".
	 *
	 * @param type a class of the metamodel
	 * @return its plural display name
	 */
	public static String typePlural(EClass type) {
		String text = wording("_UI_" + type.getName() + "_plural");
		return text != null ? text : typeName(type) + "s";
	}

	/**
	 * The display name of a feature: "Financial limit", "Review date".
	 *
	 * @param feature an attribute or reference of the metamodel
	 * @return its display name
	 */
	public static String featureName(EStructuralFeature feature) {
		String text = wording("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
		return text != null ? text : capitalise(words(feature.getName()));
	}

	/**
	 * The one date format of Placewise: {@code 27 May 2024}.
	 *
	 * @param date the date, may be null
	 * @return the text, or "(not recorded)" for null
	 */
	public static String date(LocalDate date) {
		return date == null ? NOT_RECORDED : DAY.format(date);
	}

	/**
	 * A count of model objects: "1 delegation", "3 work programmes", "2 people".
	 *
	 * @param n    how many
	 * @param type their class
	 * @return the count with the singular or plural display name, in lower case as inside a sentence
	 */
	public static String count(long n, EClass type) {
		return count(n, inSentence(typeName(type)), inSentence(typePlural(type)));
	}

	/**
	 * A count with its noun: "1 error", "3 errors", "1,204 people".
	 *
	 * @param n        how many
	 * @param singular the noun for one
	 * @param plural   the noun for any other number
	 * @return the number (with thousands separators) and the noun
	 */
	public static String count(long n, String singular, String plural) {
		return number(n) + " " + (n == 1 ? singular : plural);
	}

	/**
	 * The name of a named model object, or what stands in for it.
	 *
	 * @param element a model object, may be null
	 * @return its name, "(unnamed)" when it has none, or "(not recorded)" for null
	 */
	public static String name(Object element) {
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (element == null) {
			return NOT_RECORDED;
		}
		return element instanceof DecisionMaker || element instanceof NamedElement ? UNNAMED : String.valueOf(element);
	}

	/**
	 * The label of any Placewise object.
	 *
	 * @param object a model object
	 * @return the label, never null
	 */
	public static String text(Object object) {
		if (object instanceof Delegation d) {
			return "Delegation: " + name(d.getDelegator()) + " \u2192 " + name(d.getDelegate())
					+ (d.getFinancialLimit() == null ? "" : ", " + money(d.getFinancialLimit()));
		}
		if (object instanceof Footprint f) {
			String text = kind(f.getKind()) + ": " + name(f);
			return f.getPopulation() == null ? text : text + " (population " + number(f.getPopulation()) + ")";
		}
		if (object instanceof Membership m) {
			String who = m.getPerson() != null ? name(m.getPerson())
					: m.getRole() != null ? name(m.getRole()) : UNNAMED;
			String represents = m.getRepresents() == null ? "" : " for " + name(m.getRepresents());
			return "Member: " + who + represents + (m.isVoting() ? "" : " (non-voting)");
		}
		if (object instanceof Board b) {
			return "Board: " + name(b) + (b.getQuorum() == null ? "" : " (quorum " + b.getQuorum() + ")");
		}
		if (object instanceof PooledBudget p) {
			return "Pooled budget: " + name(p) + (p.getTotalAmount() == null ? "" : ", " + money(p.getTotalAmount()));
		}
		if (object instanceof Contribution c) {
			return "Contribution: " + name(c.getContributor()) + ", " + money(c.getAmount());
		}
		if (object instanceof RiskShare r) {
			return "Risk share: " + literalInSentence(r.getBasis());
		}
		if (object instanceof RiskSharePortion r) {
			return "Risk share: " + name(r.getParty()) + ", "
					+ (r.getSharePercentage() == null ? NOT_RECORDED : number(r.getSharePercentage()) + "%");
		}
		if (object instanceof InvestmentBenefitFlow f) {
			return "Investment: " + money(f.getInvestmentAmount()) + " in " + name(f.getInvestedIn())
					+ " \u2192 benefit " + money(f.getExpectedBenefit()) + " to " + name(f.getBeneficiary());
		}
		if (object instanceof EscalationRule e) {
			String above = e.getThresholdAmount() == null ? "" : " above " + money(e.getThresholdAmount());
			return "Escalation" + above + " to " + name(e.getEscalateTo());
		}
		if (object instanceof Measure m) {
			return "Measure: " + name(m) + " (" + number(m.getBaselineValue()) + " \u2192 " + number(m.getTargetValue())
					+ ")";
		}
		if (object instanceof Observation o) {
			return (o.getObservedOn() == null ? "(undated)" : date(o.getObservedOn())) + ": "
					+ number(o.getObservedValue());
		}
		if (object instanceof TrajectoryPoint t) {
			return "Trajectory " + (t.getDueDate() == null ? "(undated)" : date(t.getDueDate())) + ": "
					+ number(t.getExpectedValue());
		}
		if (object instanceof Outcome o) {
			return literal(o.getLevel()) + " outcome: " + name(o);
		}
		if (object instanceof Barrier b) {
			return "Barrier (" + literalInSentence(b.getKind()) + "): " + name(b);
		}
		if (object instanceof Role r) {
			String holder = r.getHolder() == null ? "" : " \u2013 " + name(r.getHolder());
			return name(r) + holder;
		}
		if (object instanceof Organisation o) {
			return name(o);
		}
		if (object instanceof PlacewiseModel m) {
			return "Placewise model: " + name(m);
		}
		if (object instanceof NamedElement n) {
			return typeName(((EObject) n).eClass()) + ": " + name(n);
		}
		if (object instanceof EObject e) {
			return typeName(e.eClass());
		}
		return String.valueOf(object);
	}

	private static String kind(FootprintKind kind) {
		return literal(kind);
	}

	private static String wording(String key) {
		try {
			return TEXT.getString(key);
		} catch (MissingResourceException e) {
			return null;
		}
	}

	/** "WorkProgramme" and "financialLimit" read "work programme" and "financial limit". */
	private static String words(String javaName) {
		return javaName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(UK);
	}

	/**
	 * Display text as it reads inside a sentence: the first word goes to lower case unless it is an acronym ("ICB
	 * constitution") or the text is a proper name with further capitalised words ("Local Government Act 1972 s.101").
	 */
	private static String inSentence(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		int space = text.indexOf(' ');
		if (space > 0) {
			for (String word : text.substring(space + 1).split(" ")) {
				if (word.length() > 1 && Character.isUpperCase(word.charAt(0))
						&& Character.isLowerCase(word.charAt(1))) {
					return text;
				}
			}
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
