package org.placewise.checks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.placewise.checks.CheckRule;

/**
 * Reads the rules contributed to the extension point {@value #EXTENSION_POINT}: one instance of every
 * {@code <rule class="..."/>}, in catalogue order (by category, then by id), whichever bundle contributes them and in
 * whatever order the registry lists them.
 * <p>
 * A contribution that cannot be used (its class is missing, cannot be made, is not a rule, or its id is already taken)
 * is left out and reported as an error naming the contributing bundle; the other rules still make the catalogue. Of two
 * rules with one id, the one this bundle contributes wins, then the one from the bundle whose name sorts first, so the
 * outcome never depends on the order in which bundles were installed.
 */
public final class ContributedRules {
	/** The id of the extension point rules are contributed to. */
	public static final String EXTENSION_POINT = "org.placewise.checks.rules";
	private static final String RULE = "rule";
	private static final String OWN_BUNDLE = "org.placewise.checks";
	private static final Comparator<CheckRule<?>> CATALOGUE_ORDER = Comparator
			.comparing((CheckRule<?> rule) -> rule.category()).thenComparing(CheckRule::id);

	private ContributedRules() {
	}

	/**
	 * The rules contributed to the running platform; in plain Java (no OSGi), the rules declared in the
	 * {@code plugin.xml} files on the class path, the way EMF reads its extensions standalone. Problems are written to
	 * the platform log (in plain Java, to {@link System.Logger}).
	 *
	 * @return the rules in catalogue order
	 */
	public static List<CheckRule<?>> ofPlatform() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			return read(registry);
		}
		Object token = new Object();
		IExtensionRegistry classPath = classPathRegistry(ContributedRules.class.getClassLoader(), token);
		try {
			return read(classPath);
		} finally {
			classPath.stop(token);
		}
	}

	/**
	 * Reads the contributions of one registry, writing problems to the platform log.
	 *
	 * @param registry the registry to read
	 * @return the rules in catalogue order
	 */
	public static List<CheckRule<?>> read(IExtensionRegistry registry) {
		return read(registry, ContributedRules::log);
	}

	/**
	 * Reads the contributions of one registry.
	 *
	 * @param registry the registry to read
	 * @param problems receives one error status for each contribution left out
	 * @return the rules in catalogue order
	 */
	public static List<CheckRule<?>> read(IExtensionRegistry registry, Consumer<IStatus> problems) {
		List<IConfigurationElement> elements = new ArrayList<>(
				Arrays.asList(registry.getConfigurationElementsFor(EXTENSION_POINT)));
		// a stable sort: each bundle's rules keep their document order
		elements.sort(Comparator.comparing((IConfigurationElement e) -> !OWN_BUNDLE.equals(contributor(e)))
				.thenComparing(ContributedRules::contributor));
		Map<String, IConfigurationElement> declaredBy = new HashMap<>();
		List<CheckRule<?>> rules = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			CheckRule<?> rule = create(element, problems);
			if (rule == null) {
				continue;
			}
			IConfigurationElement earlier = declaredBy.putIfAbsent(rule.id(), element);
			if (earlier != null) {
				problems.accept(error("Check rule " + describe(element) + " is left out: its id '" + rule.id()
						+ "' is already the id of " + describe(earlier) + "."));
				continue;
			}
			rules.add(rule);
		}
		rules.sort(CATALOGUE_ORDER);
		return Collections.unmodifiableList(rules);
	}

	private static CheckRule<?> create(IConfigurationElement element, Consumer<IStatus> problems) {
		if (!RULE.equals(element.getName())) {
			problems.accept(error("An element <" + element.getName() + "> from bundle " + contributor(element)
					+ " is left out: " + EXTENSION_POINT + " takes <" + RULE + " class=\"...\"/> elements only."));
			return null;
		}
		Object made;
		try {
			made = element.createExecutableExtension("class");
		} catch (CoreException | RuntimeException | LinkageError e) {
			problems.accept(error("Check rule " + describe(element) + " is left out: " + reason(e), e));
			return null;
		}
		if (!(made instanceof CheckRule<?> rule)) {
			problems.accept(error("Check rule " + describe(element) + " is left out: "
					+ made.getClass().getName() + " does not extend " + CheckRule.class.getName() + "."));
			return null;
		}
		return rule;
	}

	private static IStatus error(String message) {
		return error(message, null);
	}

	private static IStatus error(String message, Throwable exception) {
		return new Status(IStatus.ERROR, OWN_BUNDLE, message, exception);
	}

	private static String describe(IConfigurationElement element) {
		return element.getAttribute("class") + " from bundle " + contributor(element);
	}

	private static String contributor(IConfigurationElement element) {
		return element.getContributor().getName();
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
			return "its class cannot be found.";
		}
		return "it could not be made ("
				+ (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
				+ ").";
	}

	/**
	 * A registry of the {@code plugin.xml} files the class loader sees, each contributed under the symbolic name in the
	 * {@code META-INF/MANIFEST.MF} beside it (else under its location). Classes are loaded through the class loader.
	 * For plain-Java use and for tests that need a registry of their own.
	 *
	 * @param loader loads the {@code plugin.xml} files and the classes they name
	 * @param token  the registry's key; {@link IExtensionRegistry#stop(Object)} it when done
	 * @return the registry, started
	 */
	public static IExtensionRegistry classPathRegistry(ClassLoader loader, Object token) {
		IExtensionRegistry registry = RegistryFactory.createRegistry(new ClassLoaderStrategy(loader), token, null);
		try {
			for (URL pluginXml : Collections.list(loader.getResources("plugin.xml"))) {
				try (InputStream in = pluginXml.openStream()) {
					registry.addContribution(in, contributorAt(pluginXml), false, pluginXml.toString(), null, token);
				}
			}
		} catch (IOException e) {
			log(error("The plugin.xml files on the class path could not be read: " + e.getMessage(), e));
		}
		return registry;
	}

	private static IContributor contributorAt(URL pluginXml) {
		String location = pluginXml.toString();
		try (InputStream in = URI.create(location.substring(0, location.length() - "plugin.xml".length())
				+ "META-INF/MANIFEST.MF").toURL().openStream()) {
			String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
			if (name != null) {
				return ContributorFactorySimple.createContributor(name.split(";")[0].trim());
			}
		} catch (IOException | IllegalArgumentException e) {
			// no manifest beside it: the location names the contribution
		}
		return ContributorFactorySimple.createContributor(location);
	}

	private static void log(IStatus status) {
		Bundle bundle = FrameworkUtil.getBundle(ContributedRules.class);
		if (bundle != null) {
			ILog.of(bundle).log(status);
		} else {
			System.getLogger(ContributedRules.class.getName()).log(System.Logger.Level.ERROR, status.getMessage(),
					status.getException());
		}
	}

	/** Loads contributed classes through one class loader instead of through OSGi bundles. */
	public static final class ClassLoaderStrategy extends RegistryStrategy {
		private final ClassLoader loader;

		/** @param loader loads the classes the contributions name */
		public ClassLoaderStrategy(ClassLoader loader) {
			super(null, null);
			this.loader = loader;
		}

		@Override
		public Object createExecutableExtension(org.eclipse.core.runtime.spi.RegistryContributor contributor,
				String className, String overriddenContributorName) throws CoreException {
			try {
				return Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new CoreException(error(className + " could not be made", e));
			}
		}
	}
}
