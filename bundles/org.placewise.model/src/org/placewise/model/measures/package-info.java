/**
 * Measures that matter (KPIs): their baselines, targets, trajectories and observations, the raw material of the SPC
 * charts.
 * <p>
 * The interfaces, factory and package are generated from {@code model/measures.ecore} into {@code src-gen/}
 * (CDO-native); this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.measures;
