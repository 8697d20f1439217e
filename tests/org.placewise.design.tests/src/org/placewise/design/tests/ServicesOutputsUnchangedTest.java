package org.placewise.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFiles;

/**
 * Golden master of what the Sirius services give: every one-argument service of {@link PlacewiseServices} applied to
 * every object of every sample it accepts, compared line by line with {@code golden/services/SAMPLE.txt}. New services
 * are included by themselves.
 *
 * <p>
 * To accept deliberate changes, run with the environment variable {@code PLACEWISE_UPDATE_GOLDEN=1}.
 */
class ServicesOutputsUnchangedTest {

	private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
			ZoneOffset.UTC);
	private static final boolean UPDATE = "1".equals(System.getenv("PLACEWISE_UPDATE_GOLDEN"));

	static List<Path> samples() throws Exception {
		return PlacewiseServicesTest.samples().toList();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyServiceGivesWhatItGaveBefore(Path sample) throws Exception {
		PlacewiseModel model = new ModelFiles().load(sample);
		PlacewiseServices services = new PlacewiseServices(CLOCK);
		List<Method> oneArgument = Arrays.stream(PlacewiseServices.class.getMethods())
				.filter(m -> m.getDeclaringClass() == PlacewiseServices.class && !Modifier.isStatic(m.getModifiers()))
				.filter(m -> m.getParameterCount() == 1 && EObject.class.isAssignableFrom(m.getParameterTypes()[0]))
				.sorted(Comparator.comparing(Method::getName)).toList();
		assertTrue(oneArgument.size() >= 10, "the services were not found: " + oneArgument);
		List<EObject> objects = new ArrayList<>();
		objects.add(model);
		model.eAllContents().forEachRemaining(objects::add);
		StringBuilder lines = new StringBuilder();
		for (EObject object : objects) {
			for (Method service : oneArgument) {
				if (service.getParameterTypes()[0].isInstance(object)) {
					lines.append(key(object)).append('\t').append(service.getName()).append('\t')
							.append(shown(call(services, service, object))).append('\n');
				}
			}
		}
		String name = sample.getFileName().toString().replace(".placewise", ".txt");
		Path golden = Path.of("golden", "services", name);
		String actual = lines.toString();
		if (UPDATE) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
		}
		String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
		assertEquals(expected, actual, "Sirius service results differ from " + golden.toAbsolutePath()
				+ " (set PLACEWISE_UPDATE_GOLDEN=1 to accept deliberate changes)");
	}

	private static Object call(PlacewiseServices services, Method service, EObject object)
			throws IllegalAccessException {
		try {
			return service.invoke(services, object);
		} catch (InvocationTargetException e) {
			return "refused: " + e.getCause();
		}
	}

	private static String key(EObject object) {
		String id = EcoreUtil.getID(object);
		return object.eClass().getName() + " " + (id != null ? id : EcoreUtil.getURI(object).fragment());
	}

	private static String shown(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(o -> o instanceof EObject e ? key(e) : String.valueOf(o))
					.collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof EObject e) {
			return key(e);
		}
		return String.valueOf(value).replace("\n", "\\n").replace("\t", "\\t");
	}
}
