/**
 * The leaders' pack tested in a real browser: the packs of every sample and of a generated place are written, then
 * opened in Debian's Chromium by a Node script (playwright-core and axe-core from npm, installed by the test from the
 * committed package-lock.json) that checks links, layout at 1280 px, the diagram viewer, keyboard reach, print and
 * accessibility. The test fails, never skips, when Node, npm or Chromium cannot be found.
 */
package org.placewise.report.browser;
