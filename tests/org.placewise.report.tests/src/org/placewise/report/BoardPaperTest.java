package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFiles;

/** The board paper, read back with PDFBox: its text, its pages, its contents and its fonts. */
class BoardPaperTest {

	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	@TempDir
	Path temp;

	private static PackPlan plan(PlacewiseModel model, LocalDate asOf) {
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf).check(model);
		return PackPlan.of(model, asOf, null, findings);
	}

	private static String text(PDDocument document, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document);
	}

	@Test
	void theExampleshirePaperHasCoverContentsFindingsRegisterAndOutcomes() throws Exception {
		PlacewiseModel model = new ModelFiles()
				.load(Path.of("../../samples/exampleshire-scheme-of-delegation.placewise"));
		Path file = temp.resolve("paper.pdf");
		int pages = new BoardPaper(plan(model, AS_OF)).write(file);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(pages, pdf.getNumberOfPages());
			assertTrue(pages >= 5, pages + " pages");
			String cover = text(pdf, 1, 1);
			assertTrue(cover.contains("Board paper: Exampleshire"), cover);
			assertTrue(cover.contains("as of 30 Jun 2025"), cover);
			String contents = text(pdf, 2, 2);
			assertTrue(contents.startsWith("Contents"), contents);
			// Each section is on the page the contents says.
			Matcher entry = Pattern.compile("(?m)^(Headline findings|Delegations register|Outcomes: [^\\n]*?) (\\d+)$")
					.matcher(contents);
			int found = 0;
			while (entry.find()) {
				found++;
				int page = Integer.parseInt(entry.group(2));
				String there = text(pdf, page, page);
				assertTrue(there.startsWith(entry.group(1)), entry.group(1) + " not at the top of page " + page + ":\n"
						+ there);
			}
			// The statuses of outcomes and programmes have a section when the model has any.
			assertEquals(contents.contains("Outcomes: rolled-up statuses") ? 5 : 4, found, contents);
			String all = text(pdf, 1, pages);
			assertTrue(all.contains("1 error"), all);
			// The one error of the register, in words on its row.
			assertTrue(all.matches("(?s).*Delegations register.*Error: Delegation 'Intermediate.{0,200}holds only.*"),
					all);
			assertTrue(all.contains("Overdue"), all);
			assertTrue(all.contains("Page 2 of " + pages), all);
			assertTrue(all.contains("Page " + pages + " of " + pages), all);
			for (int i = 0; i < pages; i++) {
				for (PDFont font : fonts(pdf.getPage(i))) {
					assertTrue(font.isEmbedded(), font.getName() + " on page " + (i + 1) + " is not embedded");
				}
			}
			assertFalse(fonts(pdf.getPage(2)).isEmpty());
			assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
			assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Board paper: "));
			assertTrue(pdf.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext());
		}
	}

	@Test
	void aGeneratedPlaceHasItsMatrixAndChartsAsVectors() throws Exception {
		PlacewiseModel model = EnglandModelGenerator.of(Scale.PLACE, 3).generate().model();
		Path file = temp.resolve("place.pdf");
		int pages = new BoardPaper(plan(model, EnglandModelGenerator.REFERENCE_DATE)).write(file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String all = text(pdf, 1, pages);
			assertTrue(all.contains("Outcomes: measures by variation and assurance"), all);
			assertTrue(all.contains("Common cause"), all);
			assertTrue(all.contains("Hit and miss"), all);
			assertTrue(all.contains("\u2022 ") || !all.contains("Errors to put right"), "bullets are drawn");
			// Chart lines are labelled in text drawn on the page: the chart is vectors and text, not a picture.
			assertTrue(all.contains("Upper limit"), all);
			assertTrue(all.contains("XmR chart of "), all);
			for (int i = 0; i < pages; i++) {
				PDResources resources = pdf.getPage(i).getResources();
				assertFalse(resources.getXObjectNames().iterator().hasNext(), "page " + (i + 1) + " has an image");
			}
		}
	}

	@Test
	void outcomesAndProgrammesAreListedWithTheirStatusThoseNeedingAttentionFirst() throws Exception {
		Path file = temp.resolve("statuses.pdf");
		int pages = new BoardPaper(plan(OutcomesPageStatusTest.model(), AS_OF)).write(file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String all = text(pdf, 1, pages);
			int section = all.lastIndexOf("Outcomes: rolled-up statuses");
			assertTrue(section > 0, all);
			String statuses = all.substring(section);
			assertTrue(statuses.matches("(?s).*Fewer delays.*Deteriorating.*Not meeting target.*"), statuses);
			int programme = statuses.indexOf("Home first");
			int improving = statuses.indexOf("Living independently");
			assertTrue(programme > 0 && improving > programme,
					"the deteriorating programme comes before the improving outcome: " + statuses);
			assertTrue(statuses.contains("Wellbeing") && statuses.contains("Not enough data"), statuses);
		}
	}

	@Test
	void noFontFileIsAClearError() {
		String before = System.getProperty(BoardPaper.FONT_PROPERTY);
		System.setProperty(BoardPaper.FONT_PROPERTY, temp.resolve("missing.ttf").toString());
		try {
			IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
					() -> new BoardPaper(plan(EnglandModelGenerator.of(Scale.PLACE, 3).generate().model(), AS_OF))
							.write(temp.resolve("never.pdf")));
			assertTrue(e.getMessage().contains("missing.ttf"), e.getMessage());
			assertFalse(temp.resolve("never.pdf").toFile().exists());
		} finally {
			if (before == null) {
				System.clearProperty(BoardPaper.FONT_PROPERTY);
			} else {
				System.setProperty(BoardPaper.FONT_PROPERTY, before);
			}
		}
	}

	private static List<PDFont> fonts(PDPage page) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		PDResources resources = page.getResources();
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}
}
