package org.placewise.design.services;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.model.core.PlacewiseModel;

/**
 * The labels Placewise's generated diagrams put on each model object, read from the scenes that
 * {@link PlacewiseDiagrams} computes, so that a box or line in Sirius says exactly what the same box or line says in
 * the generated SVG, PNG and workbench diagrams. The scenes are computed once per model and diagram kind and again only
 * after the model changes (this is an adapter on the model root, like {@link FindingIndex}).
 */
public final class GeneratedLabels extends EContentAdapter {

	private final PlacewiseModel model;
	private final Map<DiagramKind, Map<String, String>> labels = new EnumMap<>(DiagramKind.class);

	private GeneratedLabels(PlacewiseModel model) {
		this.model = model;
	}

	/**
	 * @param element any object of a Placewise model
	 * @return the labels of its model, attached to the model root on first use; null when the object is not inside a
	 *         Placewise model
	 */
	public static GeneratedLabels of(EObject element) {
		if (!(EcoreUtil.getRootContainer(element) instanceof PlacewiseModel root)) {
			return null;
		}
		synchronized (root) {
			for (Adapter adapter : root.eAdapters()) {
				if (adapter instanceof GeneratedLabels labels) {
					return labels;
				}
			}
			GeneratedLabels labels = new GeneratedLabels(root);
			root.eAdapters().add(labels);
			return labels;
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch()) {
			synchronized (this) {
				labels.clear();
			}
		}
	}

	/**
	 * @param kind    the generated diagram to read
	 * @param element a model object
	 * @return the object's label in that diagram (node title and detail lines, or edge label lines, joined by line
	 *         breaks), or null when that diagram does not show the object
	 */
	public synchronized String label(DiagramKind kind, EObject element) {
		String id = EcoreUtil.getID(element);
		return id == null ? null : labels.computeIfAbsent(kind, this::index).get(id);
	}

	private Map<String, String> index(DiagramKind kind) {
		Map<String, String> byObject = new HashMap<>();
		Scene scene;
		try {
			scene = PlacewiseDiagrams.scene(kind, model, DiagramOptions.defaults());
		} catch (DiagramException nothingToDraw) {
			return byObject;
		}
		for (SceneNode node : scene.nodesById().values()) {
			if (node.objectId() != null) {
				byObject.putIfAbsent(node.objectId(), join(node.title(), node.details()));
			}
		}
		for (SceneEdge edge : scene.edges()) {
			if (edge.objectId() != null && !edge.labels().isEmpty()) {
				byObject.putIfAbsent(edge.objectId(), String.join("\n", edge.labels()));
			}
		}
		return byObject;
	}

	private static String join(String title, List<String> details) {
		return details.isEmpty() ? title : title + "\n" + String.join("\n", details);
	}
}
