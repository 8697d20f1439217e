/**
 * Internal: the governance queries of the command line: {@code placewise who-can-approve} (who may take a decision, by
 * which chain of delegations, within which limits) and {@code placewise changes} (what changed in the scheme of
 * delegation, boards and measures between two versions of a model).
 */
package org.placewise.cli.internal.governance;
