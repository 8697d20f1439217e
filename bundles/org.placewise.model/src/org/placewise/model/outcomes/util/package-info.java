/**
 * Generated switch and adapter factory of the outcomes metamodel ({@code model/outcomes.ecore}): the EMF plumbing the
 * item providers and the check catalogue build on.
 */
package org.placewise.model.outcomes.util;
