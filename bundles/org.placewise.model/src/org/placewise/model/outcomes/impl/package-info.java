/**
 * Generated CDO-native implementations of the outcomes metamodel ({@code model/outcomes.ecore}). Use the interfaces and
 * the factory of {@code org.placewise.model.outcomes} instead; these classes are public only because EMF and CDO
 * instantiate them.
 */
package org.placewise.model.outcomes.impl;
