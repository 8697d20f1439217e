/**
 * What a diagram shows, before any layout: nodes nested in nodes, edges between them, badges, legend entries and the
 * styles and colours they are drawn in. Independent of the model, so layout and rendering can be tested on small
 * hand-made scenes.
 */
package org.placewise.diagram.scene;
