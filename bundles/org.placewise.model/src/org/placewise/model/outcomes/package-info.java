/**
 * The vision and its outcome tree (strategic, intermediate, milestone), and the work programmes that serve it with
 * their workstreams, evidence, barriers and risks.
 * <p>
 * The interfaces, factory and package are generated from {@code model/outcomes.ecore} into {@code src-gen/}
 * (CDO-native); this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.outcomes;
