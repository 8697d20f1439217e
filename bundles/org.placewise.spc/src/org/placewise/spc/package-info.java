/**
 * Statistical process control for measures, following NHS England's "Making Data Count":
 * XmR charts with process limits at mean ± 2.66 × mean moving range, the four special-cause
 * rules (trend, shift, two of three beyond 2-sigma, a point outside the limits), and the
 * variation and assurance icons.
 *
 * <p>Start with {@link org.placewise.spc.SpcAnalysis#analyse}; render the result with
 * {@link org.placewise.spc.SpcTextReport}, {@link org.placewise.spc.SpcJson} or
 * {@link org.placewise.spc.SpcChartSvg}. The package depends on nothing but the JDK.
 */
package org.placewise.spc;
