package org.placewise.diagram.kinds;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;

/** Finding things in a scene by what they show, for readable tests. */
final class SceneQueries {

	private SceneQueries() {
	}

	static SceneNode node(Scene scene, String title) {
		var found = scene.nodesById().values().stream().filter(n -> n.title().equals(title)).toList();
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " nodes titled '" + title + "' in " + titles(scene));
		}
		return found.get(0);
	}

	static boolean hasNode(Scene scene, String title) {
		return scene.nodesById().values().stream().anyMatch(n -> n.title().equals(title));
	}

	static SceneNode nodeFor(Scene scene, EObject object) {
		String id = EcoreUtil.getID(object);
		return scene.nodesById().values().stream().filter(n -> id.equals(n.objectId())).findFirst()
				.orElseThrow(() -> new AssertionError("No node shows " + id));
	}

	static List<SceneEdge> edgesFor(Scene scene, EObject object) {
		String id = EcoreUtil.getID(object);
		return scene.edges().stream().filter(e -> id.equals(e.objectId())).toList();
	}

	/** @return the titles of the node's containers, nearest first */
	static List<String> ancestors(Scene scene, SceneNode node) {
		var titles = new ArrayList<String>();
		for (SceneNode p = scene.parentOf(node.id()); p != null; p = scene.parentOf(p.id())) {
			titles.add(p.title());
		}
		return titles;
	}

	static List<String> titles(Scene scene) {
		return scene.nodesById().values().stream().map(SceneNode::title).toList();
	}
}
