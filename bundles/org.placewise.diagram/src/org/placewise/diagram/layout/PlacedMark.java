package org.placewise.diagram.layout;

import org.placewise.diagram.scene.StatusMark;

/**
 * A status mark with its absolute geometry: the square its icon is drawn in and its words beside it.
 *
 * @param mark the mark
 * @param icon the square of the icon
 * @param text the words
 */
public record PlacedMark(StatusMark mark, Bounds icon, TextLine text) {
}
