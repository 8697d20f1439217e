/**
 * Generated CDO-native implementations of the core metamodel ({@code model/core.ecore}). Use the interfaces and the
 * factory of {@code org.placewise.model.core} instead; these classes are public only because EMF and CDO instantiate
 * them.
 */
package org.placewise.model.core.impl;
