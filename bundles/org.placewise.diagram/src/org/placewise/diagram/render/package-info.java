/**
 * Drawing a laid-out diagram on a canvas: the drawing surface every renderer implements and the painter that draws
 * nodes, edges, badges and legends on it the same way for every output.
 */
package org.placewise.diagram.render;
