/**
 * File &gt; Export &gt; Leaders' pack: the workbench writes the same leaders' pack (and, if asked, the PDF board paper)
 * as {@code placewise report}, from the model being edited. A small dialog asks where and as of when; the pack is
 * written by a background job with progress from a copy of the model taken when the user presses Export, so editing can
 * go on; when it is done the workbench offers to open the pack in the system browser.
 */
package org.placewise.ui.internal.pack;
