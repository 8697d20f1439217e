/**
 * The shared model repository in the workbench: the Connect dialog (with the password in Eclipse secure storage when
 * the user asks), the Repository view of the models on the server with their last commit, shared models opened in the
 * model editor (Save commits, with a comment, and settles conflicts in the Conflict dialog), other users' commits
 * arriving and marked until looked at, and the History view of a shared model with past points opened read-only.
 */
package org.placewise.repository.ui;
