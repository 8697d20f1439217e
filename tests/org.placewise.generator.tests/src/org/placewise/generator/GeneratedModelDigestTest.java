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
 * Since file format version 2 the root carries {@code formatVersion="2"}: with that attribute taken out, the saved
 * bytes are still those of the generator before the split (checked when the digests were updated).
 */
class GeneratedModelDigestTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0} seed {1} gap rate {2}")
	@CsvSource({
			"PLACE,   42, 0.05, 17a266eba22ca24af8dfeeea5c0d4e81665e0d0d3e80ce0fb0004a9f058183c1",
			"REGION,   7, 0.2,  f943348819552aab3a092786638b015c3128784e7ac1b1449fbfc51d4b1a5f5b",
			"ENGLAND,  1, 0.05, ddbfdf8226fb623efe85a94a905826f3f4bbed87aee6724e19a1142a684a1ceb",
			"PLACE,    3, 1,    8f6eeb2f2aafbff7004b930fb301621bd82262dd382d395e1a95b57e76a12341" })
	void savedModelIsByteForByteTheSameAsBeforeTheSplit(Scale scale, long seed, double gapRate, String expectedSha256)
			throws Exception {
		Path file = folder.resolve(scale + ".placewise");
		new ModelFiles().save(new EnglandModelGenerator(scale, seed, gapRate).generate().model(), file);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		assertEquals(expectedSha256, HexFormat.of().formatHex(digest));
	}
}
