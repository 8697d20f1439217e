/**
 * Generated switch and adapter factory of the organisation metamodel ({@code model/organisation.ecore}): the EMF
 * plumbing the item providers and the check catalogue build on.
 */
package org.placewise.model.organisation.util;
