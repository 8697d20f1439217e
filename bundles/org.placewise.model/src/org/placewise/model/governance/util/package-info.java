/**
 * Generated switch and adapter factory of the governance metamodel ({@code model/governance.ecore}): the EMF plumbing
 * the item providers and the check catalogue build on.
 */
package org.placewise.model.governance.util;
