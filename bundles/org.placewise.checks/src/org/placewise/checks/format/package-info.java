/**
 * The findings written out for people and tools: plain text, JSON, SARIF for code-scanning tools, and the Markdown
 * reference of the catalogue (docs/checks.md).
 */
package org.placewise.checks.format;
