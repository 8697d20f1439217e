/**
 * Generated switch and adapter factory of the finance metamodel ({@code model/finance.ecore}): the EMF plumbing the
 * item providers and the check catalogue build on.
 */
package org.placewise.model.finance.util;
