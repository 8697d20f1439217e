/**
 * Statistical process control for measures, following NHS England's "Making Data Count": XmR charts with process limits
 * at mean ± 2.66 × mean moving range, the four special-cause rules (trend, shift, two of three beyond 2-sigma, a point
 * outside the limits), and the variation and assurance icons.
 *
 * <p>
 * Start with {@link org.placewise.spc.SpcAnalysis#analyse}; write the result with
 * {@link org.placewise.spc.SpcTextReport} or {@link org.placewise.spc.SpcJson}. Charts and icons are drawn by
 * {@code org.placewise.diagram.chart}, on the same canvas as the diagrams. The analysis depends on nothing but the JDK;
 * the JSON output is written with Gson, like every JSON output of Placewise.
 */
package org.placewise.spc;
