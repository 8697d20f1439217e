/**
 * Model &gt; What Changed...: the change list of the model being edited against its backup or another file, computed in
 * a job and shown grouped by area in the What Changed view.
 */
package org.placewise.ui.internal.changes;
