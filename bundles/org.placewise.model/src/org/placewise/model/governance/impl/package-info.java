/**
 * Generated CDO-native implementations of the governance metamodel ({@code model/governance.ecore}). Use the interfaces
 * and the factory of {@code org.placewise.model.governance} instead; these classes are public only because EMF and CDO
 * instantiate them.
 */
package org.placewise.model.governance.impl;
