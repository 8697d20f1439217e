/**
 * The shared model repository server (CDO 4.7) that lets a team work on one model: its configuration (H2 or PostgreSQL
 * store, address, TLS), its users with their roles and hashed passwords, and its command line
 * ({@code placewise server}).
 */
package org.placewise.server;
