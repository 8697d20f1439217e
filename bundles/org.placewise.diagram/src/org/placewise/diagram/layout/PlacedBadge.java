package org.placewise.diagram.layout;

import org.placewise.diagram.scene.Badge;

/**
 * A badge with its absolute geometry.
 *
 * @param badge  the badge
 * @param bounds the pill around marker and text
 * @param marker the square the severity marker is drawn in
 * @param text   the badge text, or {@code null} when the badge has none
 */
public record PlacedBadge(Badge badge, Bounds bounds, Bounds marker, TextLine text) {
}
