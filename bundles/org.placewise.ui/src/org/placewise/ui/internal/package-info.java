/**
 * Internal: the Placewise workbench (Eclipse RCP): application, perspective, model explorer, properties, findings and
 * diagram views, and the commands that open and save models. Not API.
 */
package org.placewise.ui.internal;
