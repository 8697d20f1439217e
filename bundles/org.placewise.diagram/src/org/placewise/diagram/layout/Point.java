package org.placewise.diagram.layout;

/**
 * A position in diagram pixels, origin top left, y down.
 *
 * @param x horizontal
 * @param y vertical
 */
public record Point(double x, double y) {
}
