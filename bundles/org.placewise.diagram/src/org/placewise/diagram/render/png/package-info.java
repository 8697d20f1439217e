/**
 * PNG output of the diagrams: the drawing surface on Java2D and the renderer that writes an image at a chosen scale.
 */
package org.placewise.diagram.render.png;
