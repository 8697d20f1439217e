package org.placewise.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.governance.Delegation;

/**
 * The load-time shortcuts of {@link PlacewiseResource} (a pre-sized id index, direct date reading) give exactly what
 * the general EMF and java.time paths give.
 */
class PlacewiseResourceLoadTest {

	private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<core:PlacewiseModel"
			+ " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:core=\"http://placewise.org/model/1.0/core\" id=\"m1\" name=\"Dates\">\n";
	private static final String CLOSE = "</core:PlacewiseModel>\n";

	@TempDir
	Path folder;

	@Test
	void directDateReadingAgreesWithLocalDateParseOnEveryDayOfTwoCenturies() {
		for (LocalDate day = LocalDate.of(1899, 12, 1); day.getYear() < 2101; day = day.plusDays(1)) {
			String text = day.toString();
			assertEquals(LocalDate.parse(text), PlacewiseXmlHelper.isoDate(text), text);
		}
		assertEquals(LocalDate.of(0, 1, 1), PlacewiseXmlHelper.isoDate("0000-01-01"));
		assertEquals(LocalDate.of(9999, 12, 31), PlacewiseXmlHelper.isoDate("9999-12-31"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-02-29", "2100-02-29", "2023-13-01", "2023-00-10", "2023-01-00", "2023-04-31",
			" 2023-01-01", "2023-01-01 ", "+2023-01-01", "2023/01/01", "2023-1-011", "abcd-ef-gh", "2023-01-1a", "" })
	void anythingButAPlainRealDateIsLeftToTheModelsOwnConversion(String text) {
		assertNull(PlacewiseXmlHelper.isoDate(text));
	}

	@Test
	void datesLoadAsTheModelDefinesThemPaddedOrNot() throws IOException {
		Resource resource = load(
				OPEN + "  <delegations id=\"d1\" startDate=\"2024-02-29\" reviewDate=\" 2025-03-31 \"/>\n"
						+ "  <delegations id=\"d2\" startDate=\"+10000-01-01\"/>\n" + CLOSE);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		PlacewiseModel model = (PlacewiseModel) resource.getContents().get(0);
		Delegation first = model.getDelegations().get(0);
		assertEquals(LocalDate.of(2024, 2, 29), first.getStartDate());
		assertEquals(LocalDate.of(2025, 3, 31), first.getReviewDate());
		assertEquals(LocalDate.of(10000, 1, 1), model.getDelegations().get(1).getStartDate());
	}

	@Test
	void aDateThatDoesNotExistIsStillAnError() {
		assertThrows(Exception.class, () -> {
			Resource resource = load(OPEN + "  <delegations id=\"d1\" startDate=\"2023-02-29\"/>\n" + CLOSE);
			if (!resource.getErrors().isEmpty()) {
				throw new IOException(resource.getErrors().get(0).getMessage());
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e400", "-1E+309", "NaN", "Infinity" })
	void aNumberTooLargeToCalculateWithIsAnErrorAtItsLineAndColumn(String value) {
		IOException e = assertThrows(IOException.class, () -> load(OPEN + "  <measures id=\"x1\" name=\"Falls\">\n"
				+ "    <observations id=\"o1\" observedOn=\"2025-01-06\" observedValue=\"" + value + "\"/>\n"
				+ "  </measures>\n" + CLOSE));
		assertTrue(e.getMessage().contains("Value '" + value + "' is not legal. (file:"), e.getMessage());
		assertTrue(e.getMessage().contains("dates.placewise, 4, "), e.getMessage());
	}

	@Test
	void theLargestNumberACalculationHoldsStillLoads() throws IOException {
		Resource resource = load(OPEN + "  <measures id=\"x1\" name=\"Falls\" baselineValue=\"-1.7E+308\""
				+ " targetValue=\"1E-400\"/>\n" + CLOSE);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
	}

	@Test
	void controlCharactersAreShownEscaped() {
		assertEquals("a\\u001B[31mb\\u0000c\\u0009", ControlCharacters.escape("a\u001B[31mb\u0000c\t"));
		assertEquals("plain £ text", ControlCharacters.escape("plain £ text"));
		assertTrue(ControlCharacters.isForbidden(0x1B));
		assertTrue(ControlCharacters.isForbidden(0x9B));
		assertFalse(ControlCharacters.isForbidden('\t'));
		assertFalse(ControlCharacters.isForbidden('\n'));
	}

	@Test
	void everyObjectOfALargeFileIsFoundByItsIdAfterLoading() throws IOException {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("Many places");
		List<Footprint> places = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			Footprint place = FootprintFactory.eINSTANCE.createFootprint();
			place.setName("Place " + i);
			places.add(place);
		}
		model.getFootprints().addAll(places);
		Path file = folder.resolve("many.placewise");
		Resource saved = newResource(file);
		saved.getContents().add(model);
		saved.save(Map.of());

		Resource loaded = newResource(file);
		try (InputStream in = Files.newInputStream(file)) {
			loaded.load(in, Map.of());
		}
		assertTrue(loaded.getErrors().isEmpty(), () -> loaded.getErrors().toString());
		PlacewiseModel reloaded = (PlacewiseModel) loaded.getContents().get(0);
		assertEquals(places.size(), reloaded.getFootprints().size());
		for (int i = 0; i < places.size(); i++) {
			EObject found = loaded.getEObject(places.get(i).getId());
			assertSame(reloaded.getFootprints().get(i), found, places.get(i).getId());
		}
		assertFalse(places.get(0).getId().isBlank());
	}

	@Test
	void aFileReferringOnlyByIdLoadsWithoutProxies() throws IOException {
		PlacewiseResource resource = (PlacewiseResource) load(OPEN + "  <boards id=\"b1\" name=\"ICB Board\"/>\n"
				+ "  <boards id=\"b2\" name=\"Place Committee\" reportsTo=\"b1\"/>\n" + CLOSE);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		assertFalse(resource.loadedProxies());
	}

	@ParameterizedTest
	@ValueSource(strings = { "<reportsTo href=\"other.placewise#b9\"/>", "<reportsTo href=\"#b1\"/>" })
	void aReferenceWrittenAsAUriIsNoted(String reference) throws IOException {
		PlacewiseResource resource = (PlacewiseResource) load(OPEN + "  <boards id=\"b1\" name=\"ICB Board\"/>\n"
				+ "  <boards id=\"b2\" name=\"Place Committee\">" + reference + "</boards>\n" + CLOSE);
		assertTrue(resource.loadedProxies());
		PlacewiseResource again = (PlacewiseResource) load(OPEN + "  <boards id=\"b1\" name=\"ICB Board\"/>\n" + CLOSE);
		assertFalse(again.loadedProxies());
	}

	private Resource newResource(Path file) {
		return PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
	}

	private Resource load(String xml) throws IOException {
		Resource resource = newResource(folder.resolve("dates.placewise"));
		resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}
}
