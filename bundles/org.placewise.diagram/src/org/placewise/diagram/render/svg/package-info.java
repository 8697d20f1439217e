/**
 * SVG output of the diagrams: the drawing surface that writes SVG elements and the renderer that produces a
 * self-contained, reproducible SVG document.
 */
package org.placewise.diagram.render.svg;
