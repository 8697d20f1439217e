/**
 * Statistical process control drawn: the Making Data Count XmR and run charts
 * ({@link org.placewise.diagram.chart.SpcChartPainter}) and the variation and assurance icons
 * ({@link org.placewise.diagram.chart.SpcIcons}), painted on the same {@link org.placewise.diagram.render.Canvas} as
 * the diagrams, so they come out as SVG ({@link org.placewise.diagram.chart.SpcChartSvg}), PNG
 * ({@link org.placewise.diagram.chart.SpcChartPng}) or on screen alike, in the colours of one
 * {@link org.placewise.diagram.chart.SpcPalette}. The analysis itself is {@code org.placewise.spc}, which depends on no
 * drawing.
 */
package org.placewise.diagram.chart;
