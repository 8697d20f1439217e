/**
 * Internal: the form pages of the model editor beyond the delegation register — boards and their members, the outcome
 * tree with each measure's SPC icons, and a measure's baseline, target, trajectory and observations — together with the
 * pieces every page shares (tables edited in place, typed values read as the importer reads cells, findings beside
 * rows). Every change a page makes is a command on the editor's editing domain, so it can be undone. Not API.
 */
package org.placewise.ui.internal.pages;
