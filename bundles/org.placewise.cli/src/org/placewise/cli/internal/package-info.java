/**
 * Internal: the headless {@code placewise} command line (picocli) run as an Equinox application: one sub-package per
 * command ({@code check}, {@code diagram}, {@code spc}, {@code report}, {@code import}, {@code export},
 * {@code generate}, {@code server}), the options they share as picocli mixins ({@code AsOfOption},
 * {@code ModelParameter}), the exit codes and the one-line user messages. Not API: the commands and their output are
 * the interface.
 */
package org.placewise.cli.internal;
