/**
 * Internal: the workbench wizards. New model writes a new model file (empty, the skeleton of an integrated care system,
 * or a copy of a sample); new delegation and import (measures or observations from a spreadsheet) change the model open
 * in an editor as one undoable command, with the check catalogue's findings or the import's problems shown before
 * Finish. Not API.
 */
package org.placewise.ui.internal.wizards;
