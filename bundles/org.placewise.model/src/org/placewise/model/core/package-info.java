/**
 * Common foundations of every Placewise model: stable identities, names, dates, frequencies and the model root
 * ({@code PlacewiseModel}) that holds everything else.
 * <p>
 * The interfaces, factory and package are generated from {@code model/core.ecore} into {@code src-gen/} (CDO-native);
 * this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.core;
