/**
 * The one way Placewise names things on screen: labels of model objects (the decorator in front of the generated item
 * providers) and the adapter factory that combines them, used by the workbench, the diagrams and the reports so a
 * board, a delegation or a measure is called the same everywhere.
 */
package org.placewise.model.edit.label;
