/**
 * Generated CDO-native implementations of the footprint metamodel ({@code model/footprint.ecore}). Use the interfaces
 * and the factory of {@code org.placewise.model.footprint} instead; these classes are public only because EMF and CDO
 * instantiate them.
 */
package org.placewise.model.footprint.impl;
