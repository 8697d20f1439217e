/**
 * The four Placewise diagrams (systems, governance, outcomes, money): what each draws from a model, the scope a caller
 * chooses (root footprint, depth, element kinds left out), the check findings drawn on the elements they concern, and
 * the entry point that renders a diagram kind to SVG or PNG.
 */
package org.placewise.diagram.kinds;
