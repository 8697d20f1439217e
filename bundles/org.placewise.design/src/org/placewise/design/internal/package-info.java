/**
 * Internal: the plug-in class of the Sirius design bundle, which registers the viewpoint when Sirius is installed. Not
 * API.
 */
package org.placewise.design.internal;
