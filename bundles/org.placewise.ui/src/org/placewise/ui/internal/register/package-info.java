/**
 * Internal: the delegation register in the workbench, a table of the scheme of delegation (who delegates what to whom,
 * within which limit, until which review date) whose cells are edited as commands on the open model, so every change
 * can be undone and is checked at once. Not API.
 */
package org.placewise.ui.internal.register;
