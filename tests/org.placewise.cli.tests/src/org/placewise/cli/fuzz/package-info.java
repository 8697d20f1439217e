/**
 * The fuzzing campaign of issue 19: a seeded mutation harness of our own that feeds mutated model files, CSV and XLSX
 * imports and command-line arguments to the code that reads them, and calls anything other than a clear refusal a crash
 * (an exception of an unexpected type, an error such as running out of memory, an internal-error exit, or a run that
 * does not end in time). {@code FuzzReplayTest} replays the corpus and a short fixed-seed campaign in every test run;
 * {@code releng/scripts/fuzz.sh} runs a longer one with a new seed and keeps what it finds in the corpus, where the
 * replay turns it into a regression test.
 */
package org.placewise.cli.fuzz;
