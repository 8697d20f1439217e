package org.placewise.diagram;

import org.placewise.diagram.scene.Scene;

/** Lets tests in sub-packages use {@link SampleScenes}. */
public final class SampleScenesAccess {

	private SampleScenesAccess() {
	}

	/** @return {@link SampleScenes#nestedSystem()} */
	public static Scene nestedSystem() {
		return SampleScenes.nestedSystem();
	}

	/** @return {@link SampleScenes#localities()} */
	public static Scene localities() {
		return SampleScenes.localities();
	}

	/**
	 * @param nodes  how many nodes
	 * @param fanOut children per container
	 * @return {@link SampleScenes#generated(int, int)}
	 */
	public static Scene generated(int nodes, int fanOut) {
		return SampleScenes.generated(nodes, fanOut);
	}
}
