/**
 * Questions governance professionals ask of a model, answered in one place: the chain a delegation was made under and
 * its effective limit, the footprints within a footprint, an organisation's partnerships, a programme's outcome
 * measures, and money amounts as people write them. Used by the checks, diagrams, reports and workbench alike.
 */
package org.placewise.model.query;
