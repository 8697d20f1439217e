package org.placewise.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19, smaller items: the messages of hostile or broken files say what is wrong in plain words, never the name of
 * a parser's exception class, and a file nested too deeply is not blamed on entity expansion.
 */
class LoadMessagesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String OPEN = "<core:PlacewiseModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:core=\"http://placewise.org/model/1.0/core\" id=\"m1\" name=\"Test\">\n";
	private static final String CLOSE = "</core:PlacewiseModel>\n";

	/** A Java class name such as {@code org.xml.sax.SAXParseException} or {@code MalformedByteSequenceException}. */
	private static final Pattern CLASS_NAME = Pattern.compile("([a-z]+\\.)+[A-Z]\\w+|\\w+(Exception|Error)\\b");

	@TempDir
	Path folder;

	private final ModelFiles files = new ModelFiles();

	private String messageFor(byte[] content) throws IOException {
		Path file = folder.resolve("hostile.placewise");
		Files.write(file, content);
		return assertThrows(ModelFileException.class, () -> files.load(file)).getMessage();
	}

	@ParameterizedTest
	@ValueSource(strings = { "latin1", "undefined-entity", "xml11-control", "bad-attribute", "binary", "two-roots",
			"deep" })
	void aBrokenFileIsExplainedWithoutNamingExceptionClasses(String kind) throws IOException {
		byte[] content = switch (kind) {
		case "latin1" -> (HEAD + OPEN + "  <boards id=\"b1\" name=\"Caf\u00e9\"/>\n" + CLOSE)
				.getBytes(StandardCharsets.ISO_8859_1);
		case "undefined-entity" -> (HEAD + OPEN + "  <boards id=\"b1\" name=\"&nbsp;\"/>\n" + CLOSE)
				.getBytes(StandardCharsets.UTF_8);
		case "xml11-control" -> ("<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n" + OPEN
				+ "  <boards id=\"b1\" name=\"a&#x1B;b\"/>\n" + CLOSE).getBytes(StandardCharsets.UTF_8);
		case "bad-attribute" -> (HEAD + OPEN + "  <boards id=\"b1\" name=\"a\" name=\"b\"/>\n" + CLOSE)
				.getBytes(StandardCharsets.UTF_8);
		case "binary" -> new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 1, 2, 3 };
		case "two-roots" -> (HEAD + OPEN + CLOSE + OPEN + CLOSE).getBytes(StandardCharsets.UTF_8);
		default -> (HEAD + OPEN + "<footprints id=\"f0\">".repeat(1) + "<children>".repeat(20_000)
				+ "</children>".repeat(20_000) + "</footprints>" + CLOSE).getBytes(StandardCharsets.UTF_8);
		};
		String message = messageFor(content);
		assertFalse(CLASS_NAME.matcher(message).find(), message);
		assertTrue(message.startsWith("Cannot open "), message);
	}

	@Test
	void aFileNestedTooDeeplyIsNotBlamedOnEntities() throws IOException {
		String message = messageFor((HEAD + OPEN + "<footprints id=\"f0\">" + "<children>".repeat(20_000)
				+ "</children>".repeat(20_000) + "</footprints>" + CLOSE).getBytes(StandardCharsets.UTF_8));
		assertFalse(message.contains("entit"), message);
	}
}
