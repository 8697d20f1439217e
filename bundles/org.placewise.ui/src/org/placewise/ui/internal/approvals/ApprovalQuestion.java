package org.placewise.ui.internal.approvals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.edit.label.ApprovalWords;
import org.placewise.model.edit.label.ApprovalWords.Line;
import org.placewise.model.query.Approvals;

/**
 * A question "who can approve this decision?" as the user filled it in: the decision area (one of the model's, or words
 * from its name), the amount, the footprint and the date.
 *
 * @param words     the decision area as typed or chosen
 * @param area      the decision area whose name is exactly {@code words}; {@code null} when the words only match names
 *                  in part (every area whose name contains them is answered)
 * @param amount    the value of the decision in pounds, {@code null} when it is not about money
 * @param footprint the footprint, {@code null} for any
 * @param asOf      the date of the decision
 */
public record ApprovalQuestion(String words, DecisionArea area, BigDecimal amount, Footprint footprint,
		LocalDate asOf) {

	/**
	 * Reads the question from what the user typed.
	 *
	 * @param model         the model asked about
	 * @param areaText      a decision area's name, or words from it
	 * @param amountText    the amount in pounds ("250000", "250,000", "£250k"); blank when it is not about money
	 * @param footprintText a footprint's name; blank for any
	 * @param asOf          the date of the decision
	 * @return the question
	 * @throws IllegalArgumentException saying in plain words which field is wrong and how to write it
	 */
	public static ApprovalQuestion read(PlacewiseModel model, String areaText, String amountText,
			String footprintText, LocalDate asOf) {
		String words = areaText == null ? "" : areaText.strip();
		if (words.isEmpty()) {
			throw new IllegalArgumentException("Decision area: choose one of the model's decision areas, or type words"
					+ " from its name.");
		}
		BigDecimal amount = null;
		if (amountText != null && !amountText.isBlank()) {
			try {
				amount = ApprovalWords.pounds(amountText);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("Amount: " + e.getMessage() + ".", e);
			}
		}
		Footprint footprint = null;
		if (footprintText != null && !footprintText.isBlank()) {
			String name = footprintText.strip();
			footprint = footprints(model).stream().filter(f -> f.getName() != null && f.getName().strip()
					.equalsIgnoreCase(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
							"Footprint: the model has no footprint named '" + name
									+ "'; choose one from the list, or leave it empty for any footprint."));
		}
		DecisionArea exact = model.getDecisionAreas().stream()
				.filter(a -> a.getName() != null && a.getName().strip().equalsIgnoreCase(words)).findFirst()
				.orElse(null);
		return new ApprovalQuestion(words, exact, amount, footprint, asOf);
	}

	/** @return every footprint of the model, each before those inside it */
	public static List<Footprint> footprints(PlacewiseModel model) {
		List<Footprint> all = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(model.getFootprints(), false).forEachRemaining(o -> {
			if (o instanceof Footprint f) {
				all.add(f);
			}
		});
		return all;
	}

	/** @return the question in words: "Who can approve £250,000 for 'Discharge fund allocation', as of 26 Nov 2026" */
	public String text() {
		return ApprovalWords.question(amount, words, footprint, asOf);
	}

	/**
	 * @param model the model asked about
	 * @return the answer as an outline (see {@link ApprovalWords#outline})
	 */
	public List<Line> answer(PlacewiseModel model) {
		Approvals.Answer answer = Approvals.whoCanApprove(model, amount, words.toLowerCase(Locale.ROOT), footprint,
				asOf);
		if (area != null) {
			// an area chosen by its whole name is answered alone, not with others whose names contain it
			answer = new Approvals.Answer(List.of(area),
					answer.approvers().stream().filter(a -> a.area() == area).toList(),
					answer.refused().stream().filter(r -> r.area() == area).toList());
		}
		return ApprovalWords.outline(answer, words, model.getDecisionAreas(), amount, footprint, asOf);
	}
}
