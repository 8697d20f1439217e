package org.placewise.diagram.kinds;

import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;

/** Computes one kind of diagram from a model: which elements, how nested, which edges and labels. */
public interface DiagramDescription {

	/**
	 * @param model   the model
	 * @param options scope and findings
	 * @return the scene, possibly without nodes when nothing is in scope
	 * @throws DiagramException when the scope names a footprint the model does not have
	 */
	Scene describe(PlacewiseModel model, DiagramOptions options);
}
