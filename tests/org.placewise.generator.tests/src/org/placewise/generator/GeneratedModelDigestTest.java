package org.placewise.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placewise.store.ModelFiles;

/**
 * The generated model for a scale, seed and gap rate is a contract (benchmarks and demos compare runs over time): its
 * saved bytes must not change when the generator's code is reorganised. The digests were taken from the generator as it
 * was before it was split into one class per part of the model; a deliberate change to what is generated updates them.
 */
class GeneratedModelDigestTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0} seed {1} gap rate {2}")
	@CsvSource({
			"PLACE,   42, 0.05, 21a9f85f46e62c810202366d8b520df3e57335036cd4c3c324e59dd2a2286511",
			"REGION,   7, 0.2,  7f83ab6c1692277a76dcf7796cab46cc357ebd5e324876e73621034b18363577",
			"ENGLAND,  1, 0.05, d0ef79d73303a8dbf6a9d3f79ab7a98082042e21aa52df505fc95dc92146a69a",
			"PLACE,    3, 1,    2c3ff4f575bfd9462855e6d05a1488f0a19685d3b4dfbb01768aae078c3676ef" })
	void savedModelIsByteForByteTheSameAsBeforeTheSplit(Scale scale, long seed, double gapRate, String expectedSha256)
			throws Exception {
		Path file = folder.resolve(scale + ".placewise");
		new ModelFiles().save(new EnglandModelGenerator(scale, seed, gapRate).generate().model(), file);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		assertEquals(expectedSha256, HexFormat.of().formatHex(digest));
	}
}
