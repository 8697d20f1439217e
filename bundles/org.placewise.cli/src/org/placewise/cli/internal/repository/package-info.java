/**
 * {@code placewise repository}: the command line of the shared model repository. Pushes model files to a repository
 * server and pulls them back, lists the models, reads the history of one model in words, writes any past point to a
 * file, compares two points (or a point and a file) object by object, and copies a model with its history to another
 * server. Repository access goes through the client API {@code org.placewise.store.repository}; every word shown is
 * made by {@code PlacewiseLabels}.
 */
package org.placewise.cli.internal.repository;
