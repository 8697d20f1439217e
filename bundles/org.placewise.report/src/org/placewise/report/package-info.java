/**
 * The leaders' pack: a self-contained static HTML site generated from a model as of a date, with the overview of the
 * place and its diagrams, the outcome tree, a page per work programme with its measures and SPC charts, the delegations
 * register and the open check findings. A pipeline: {@link org.placewise.report.PackPlan} plans the pages and anchors,
 * one class per page kind writes each page with a small HTML kit, and {@link org.placewise.report.LeadersPack} writes
 * the site. The same model, root, date and findings always give the same files.
 */
package org.placewise.report;
