/**
 * Layout of a diagram scene with ELK: nested containers for systems within systems, orthogonal edges, labels measured
 * so they fit their boxes, and the laid-out result (positions and sizes) the renderers draw.
 */
package org.placewise.diagram.layout;
