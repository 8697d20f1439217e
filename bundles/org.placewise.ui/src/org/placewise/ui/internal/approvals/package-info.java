/**
 * Who can approve a decision, in the workbench: the view that asks {@link org.placewise.model.query.Approvals} about
 * the active model and shows the answer in the words of {@link org.placewise.model.edit.label.ApprovalWords}, and the
 * command that opens it.
 */
package org.placewise.ui.internal.approvals;
