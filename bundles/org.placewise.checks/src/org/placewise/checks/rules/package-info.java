/**
 * The Placewise rules themselves, one class per rule in a sub-package per area (partnership, board, delegation,
 * finance, footprint, outcome, programme, measure), with the shared wording of figures in messages and the quick fixes
 * that go with them.
 */
package org.placewise.checks.rules;
