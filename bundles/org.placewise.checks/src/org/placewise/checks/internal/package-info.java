/**
 * Internal: the bundle activator that registers the check catalogue with EMF's validator registry. Not API.
 */
package org.placewise.checks.internal;
