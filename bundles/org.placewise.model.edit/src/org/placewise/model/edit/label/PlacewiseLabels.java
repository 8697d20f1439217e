package org.placewise.model.edit.label;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
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
 * Labels a governance professional reads in trees, lists and diagrams, for example
 * "Delegation: ICB Board → Place Committee, £5,000,000". Money is shown in pounds the British
 * way; values that are not recorded are shown as such rather than guessed.
 */
public final class PlacewiseLabels {

    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", UK);
    private static final String NOT_RECORDED = "(not recorded)";
    private static final String UNNAMED = "(unnamed)";

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
     * Formats a plain number with thousands separators, keeping its decimals: {@code 2,800,000},
     * {@code 10.0}.
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
            String who = m.getPerson() != null ? name(m.getPerson()) : m.getRole() != null ? name(m.getRole()) : UNNAMED;
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
            return "Risk share: " + r.getBasis().getLiteral().replace('-', ' ');
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
            return "Measure: " + name(m) + " (" + number(m.getBaselineValue()) + " \u2192 " + number(m.getTargetValue()) + ")";
        }
        if (object instanceof Observation o) {
            return (o.getObservedOn() == null ? "(undated)" : DAY.format(o.getObservedOn())) + ": " + number(o.getObservedValue());
        }
        if (object instanceof TrajectoryPoint t) {
            return "Trajectory " + (t.getDueDate() == null ? "(undated)" : DAY.format(t.getDueDate())) + ": "
                    + number(t.getExpectedValue());
        }
        if (object instanceof Outcome o) {
            return capitalise(o.getLevel().getLiteral()) + " outcome: " + name(o);
        }
        if (object instanceof Barrier b) {
            return "Barrier (" + b.getKind().getLiteral().replace('-', ' ') + "): " + name(b);
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
            return typeName((EObject) n) + ": " + name(n);
        }
        if (object instanceof EObject e) {
            return typeName(e);
        }
        return String.valueOf(object);
    }

    private static String kind(FootprintKind kind) {
        return capitalise(kind.getLiteral().replace('-', ' '));
    }

    private static String name(Object element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element == null) {
            return NOT_RECORDED;
        }
        return element instanceof DecisionMaker || element instanceof NamedElement ? UNNAMED : String.valueOf(element);
    }

    private static String typeName(EObject object) {
        // "WorkProgramme" -> "Work programme"
        String type = object.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(UK);
        return capitalise(type);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
