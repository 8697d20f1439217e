package org.placewise.checks.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.placewise.checks.PlacewiseValidator;

/** Registers the check catalogue as the EValidator of the Placewise packages while the bundle runs. */
public final class ChecksActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		PlacewiseValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		PlacewiseValidator.unregister();
	}
}
