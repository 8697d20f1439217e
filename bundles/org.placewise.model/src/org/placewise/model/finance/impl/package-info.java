/**
 * Generated CDO-native implementations of the finance metamodel ({@code model/finance.ecore}). Use the interfaces and
 * the factory of {@code org.placewise.model.finance} instead; these classes are public only because EMF and CDO
 * instantiate them.
 */
package org.placewise.model.finance.impl;
