/**
 * Generated CDO-native implementations of the organisation metamodel ({@code model/organisation.ecore}). Use the
 * interfaces and the factory of {@code org.placewise.model.organisation} instead; these classes are public only because
 * EMF and CDO instantiate them.
 */
package org.placewise.model.organisation.impl;
