/**
 * Internal: reading and writing CSV and XLSX tables, cell values, size limits against hostile files, and the problem
 * list of an import. Not API.
 */
package org.placewise.io.internal;
