/**
 * Workbench views and view helpers that follow the active model editor: the SPC chart of the selected measure, the
 * problem decorations of the model explorer (the worst finding on an object or anything inside it, kept current from
 * the editor's incremental checker) and dragging objects to move them within the model's containment, each move an
 * undoable command.
 */
package org.placewise.ui.internal.views;
