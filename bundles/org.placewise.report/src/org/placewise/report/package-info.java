/**
 * The leaders' pack: a self-contained static HTML site generated from a model as of a date, with the overview
 * of the place and its diagrams, the outcome tree, a page per work programme with its measures and SPC charts, the
 * delegations register and the open check findings. The same model, root and date always give the same files.
 */
package org.placewise.report;
