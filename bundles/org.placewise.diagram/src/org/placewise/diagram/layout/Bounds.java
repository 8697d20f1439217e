package org.placewise.diagram.layout;

/**
 * An axis-aligned rectangle in absolute diagram pixels.
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 */
public record Bounds(double x, double y, double width, double height) {

	/** @return right edge */
	public double right() {
		return x + width;
	}

	/** @return bottom edge */
	public double bottom() {
		return y + height;
	}

	/**
	 * @param other   another rectangle
	 * @param epsilon tolerance for rounding
	 * @return whether {@code other} lies within this rectangle
	 */
	public boolean contains(Bounds other, double epsilon) {
		return other.x >= x - epsilon && other.y >= y - epsilon && other.right() <= right() + epsilon
				&& other.bottom() <= bottom() + epsilon;
	}

	/**
	 * @param other another rectangle
	 * @return whether the interiors of the two rectangles overlap
	 */
	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	/**
	 * @param p a point
	 * @return distance from the point to the outline of this rectangle (0 when on it)
	 */
	public double distanceToBorder(Point p) {
		double dx = Math.max(Math.max(x - p.x(), 0), p.x() - right());
		double dy = Math.max(Math.max(y - p.y(), 0), p.y() - bottom());
		if (dx > 0 || dy > 0) {
			return Math.hypot(dx, dy);
		}
		return Math.min(Math.min(p.x() - x, right() - p.x()), Math.min(p.y() - y, bottom() - p.y()));
	}

	/**
	 * @param p a point
	 * @return distance from the point to this rectangle (0 inside)
	 */
	public double distanceTo(Point p) {
		double dx = Math.max(Math.max(x - p.x(), 0), p.x() - right());
		double dy = Math.max(Math.max(y - p.y(), 0), p.y() - bottom());
		return Math.hypot(dx, dy);
	}
}
