/**
 * Generated switch and adapter factory of the footprint metamodel ({@code model/footprint.ecore}): the EMF plumbing the
 * item providers and the check catalogue build on.
 */
package org.placewise.model.footprint.util;
