/**
 * Generated switch and adapter factory of the measures metamodel ({@code model/measures.ecore}): the EMF plumbing the
 * item providers and the check catalogue build on.
 */
package org.placewise.model.measures.util;
