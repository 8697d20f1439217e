package org.placewise.checks.rules.delegation;

import java.time.LocalDate;

import org.placewise.model.governance.Delegation;

/** Whether a delegation gives authority on a day. */
final class InForce {

	private InForce() {
	}

	/** @return false when the delegation has ended before {@code day} or starts after it */
	static boolean at(Delegation delegation, LocalDate day) {
		return (delegation.getEndDate() == null || !delegation.getEndDate().isBefore(day))
				&& (delegation.getStartDate() == null || !delegation.getStartDate().isAfter(day));
	}
}
