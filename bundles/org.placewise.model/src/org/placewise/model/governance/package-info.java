/**
 * Governance: partnerships, boards and committees with their memberships and terms of reference, and the scheme of
 * reservation and delegation (delegations with their financial limits, reserved matters and escalation rules).
 * <p>
 * The interfaces, factory and package are generated from {@code model/governance.ecore} into {@code src-gen/}
 * (CDO-native); this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.governance;
