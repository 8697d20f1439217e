/**
 * Footprints: the nested geographies (integrated care system, place, locality, neighbourhood) at which partnerships
 * work, systems within systems.
 * <p>
 * The interfaces, factory and package are generated from {@code model/footprint.ecore} into {@code src-gen/}
 * (CDO-native); this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.footprint;
