/**
 * Generated EMF.Edit item providers of the organisation metamodel: the labels, icons, property descriptors and
 * child-creation commands the workbench shows and edits organisation objects with. Display wording comes from
 * {@code plugin.properties}; hand-written labels are in {@code org.placewise.model.edit.label}.
 */
package org.placewise.model.organisation.provider;
