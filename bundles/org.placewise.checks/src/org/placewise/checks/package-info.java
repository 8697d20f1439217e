/**
 * The check catalogue: rules with stable readable ids ({@code delegation.exceeds-delegator-limit}), categories,
 * severities and explanations drawn from the published guidance, the checker that runs them over a model as of a date
 * (all at once, or incrementally for the objects an edit touched), per-model profiles that switch rules off or change
 * their severity, and the EMF {@code EValidator} bridge so any EMF tool sees the same findings.
 */
package org.placewise.checks;
