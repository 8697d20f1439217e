/**
 * Import and export of measure definitions and observations as CSV or XLSX spreadsheets, as programme offices keep
 * them: an import is checked in full first and applies all rows or none, with every problem named by file, row and
 * column; an export round-trips with the import.
 */
package org.placewise.io;
