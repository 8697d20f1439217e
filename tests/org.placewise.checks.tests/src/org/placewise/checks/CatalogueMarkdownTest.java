package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.placewise.checks.format.CatalogueMarkdown;

/** docs/checks.md is generated from the rules, and the copy in the repository is current. */
class CatalogueMarkdownTest {
	/** Tests run with the test bundle as working directory. */
	private static final Path DOCS = Path.of("../../docs/checks.md");

	@Test
	void docsChecksMdIsWhatTheCatalogueGenerates() throws IOException {
		String generated = CatalogueMarkdown.generate(CheckCatalogue.placewise());
		if ("1".equals(System.getenv("PLACEWISE_UPDATE_GOLDEN"))) {
			Files.writeString(DOCS, generated, StandardCharsets.UTF_8); // a deliberate change: run again without it
		}

		assertEquals(generated, Files.readString(DOCS, StandardCharsets.UTF_8),
				"docs/checks.md is out of date: regenerate it with org.placewise.checks.format.CatalogueMarkdown#main");
	}

	@Test
	void everyRuleHasASectionWithItsExplanation() {
		String generated = CatalogueMarkdown.generate(CheckCatalogue.placewise());

		for (CheckRule<?> rule : CheckCatalogue.placewise().rules()) {
			assertTrue(generated.contains("### " + rule.id() + "\n"), rule.id());
			assertTrue(generated.contains(rule.explanation()), rule.id());
		}
		assertTrue(generated.contains("`board.too-many-members.max` (default 20)"));
	}
}
