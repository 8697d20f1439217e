/**
 * Internal: the store adapters for H2 and PostgreSQL, password hashing, authentication against the users file, write
 * access by role, the audit index and the Equinox application that runs the server. Not API.
 */
package org.placewise.server.internal;
