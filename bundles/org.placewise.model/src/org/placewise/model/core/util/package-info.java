/**
 * Generated switch and adapter factory of the core metamodel ({@code model/core.ecore}): the EMF plumbing the item
 * providers and the check catalogue build on.
 */
package org.placewise.model.core.util;
