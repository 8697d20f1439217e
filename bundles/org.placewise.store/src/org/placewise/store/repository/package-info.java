/**
 * The client side of the shared model repository: connecting to a {@code cdo://} URL, reading and committing a shared
 * model, seeing other people's commits, resolving conflicts and reading the model as it was at a past commit.
 */
package org.placewise.store.repository;
