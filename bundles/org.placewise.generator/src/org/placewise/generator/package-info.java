/**
 * Synthetic but realistic Placewise models of one integrated care system, a region or all of England, for benchmarks,
 * demonstrations and training: the same scale, seed and gap rate always give the same model, with a controlled share of
 * planted gaps the checks should find.
 */
package org.placewise.generator;
