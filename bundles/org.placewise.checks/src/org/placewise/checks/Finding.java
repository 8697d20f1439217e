package org.placewise.checks;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing a rule found wrong or missing: which rule, how severe, on which object, and a message that names the
 * objects and figures involved.
 *
 * @param rule     the rule that found it
 * @param severity the severity after the profile was applied
 * @param target   the object the finding is about
 * @param message  what is wrong, in words a governance professional uses
 * @param related  other objects involved (for example the delegator whose limit is exceeded)
 */
public record Finding(CheckRule<?> rule, Severity severity, EObject target, String message, List<EObject> related) {

	public Finding {
		Objects.requireNonNull(rule);
		Objects.requireNonNull(severity);
		Objects.requireNonNull(target);
		Objects.requireNonNull(message);
		related = List.copyOf(related);
	}

	/** @return the stable id of the rule, e.g. {@code delegation.exceeds-delegator-limit} */
	public String ruleId() {
		return rule.id();
	}

	/** @return a readable path to the target, e.g. {@code Greater Manchester / Wigan / Wigan Locality Board} */
	public String objectPath() {
		return ObjectPaths.path(target);
	}

	/** @return the stable identity of the target object, or {@code null} if it has none */
	public String objectId() {
		return ObjectPaths.id(target);
	}
}
