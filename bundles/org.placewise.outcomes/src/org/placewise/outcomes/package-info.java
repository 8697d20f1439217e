/**
 * The statistical process control reading of the model: {@link org.placewise.outcomes.MeasureSpc} turns a measure (its
 * observations, desired direction, target, baseline date and process changes) into an SPC analysis, and
 * {@link org.placewise.outcomes.OutcomeRollUp} rolls those analyses up the outcome tree, so that each outcome and work
 * programme gets a trend (improving, deteriorating, no significant change, not enough data) and a target status
 * (meeting, not meeting, hit and miss) with the measures behind it. Headless: the leaders' pack, the diagrams, the
 * command line, the checks and the workbench all read the same roll-up.
 */
package org.placewise.outcomes;
