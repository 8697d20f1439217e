/**
 * How a Placewise model is kept in a file: the XMI resource with stable UUIDs as references, its resource factory, and
 * the comparison of two models object by object (by id) used to tell what an edit or an import changed.
 */
package org.placewise.model.resource;
