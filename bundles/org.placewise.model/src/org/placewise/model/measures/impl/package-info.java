/**
 * Generated CDO-native implementations of the measures metamodel ({@code model/measures.ecore}). Use the interfaces and
 * the factory of {@code org.placewise.model.measures} instead; these classes are public only because EMF and CDO
 * instantiate them.
 */
package org.placewise.model.measures.impl;
