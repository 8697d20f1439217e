package org.placewise.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The Placewise version, read from the running bundle so it always matches what was built. */
public final class PlacewiseVersion {
	private static final String UNKNOWN = "0.1.0 (development)";

	private PlacewiseVersion() {
	}

	/** @return the version of the command-line bundle, e.g. {@code 0.1.0.202611261200} */
	public static String current() {
		Bundle bundle = FrameworkUtil.getBundle(PlacewiseVersion.class);
		return bundle == null ? UNKNOWN : bundle.getVersion().toString();
	}
}
