/**
 * The Placewise metamodel as a whole: {@link org.placewise.model.PlacewisePackages} lists its seven packages (core,
 * footprint, organisation, governance, finance, outcomes, measures), whose generated types live in the subpackages.
 * Queries over a model are in {@code org.placewise.model.query}, file handling in {@code org.placewise.model.resource}.
 */
package org.placewise.model;
