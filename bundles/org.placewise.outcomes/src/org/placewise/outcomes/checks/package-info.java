/**
 * Check rules that read the statistical process control of the model, contributed to the check catalogue through the
 * extension point {@code org.placewise.checks.rules} (see this bundle's plugin.xml): an outcome whose measures
 * consistently fail their targets and so needs a change to the system, an outcome showing special-cause concern that no
 * programme serves, and a programme whose measures have not changed since it started.
 */
package org.placewise.outcomes.checks;
