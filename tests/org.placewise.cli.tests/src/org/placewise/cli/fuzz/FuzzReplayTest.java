package org.placewise.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fuzzing campaign's part of every test run: the whole corpus (seeds and every crash a campaign ever found, kept in
 * {@code fuzz-corpus/regressions/}) is run again, and a short campaign with a fixed seed, so the same mutants every
 * time. Nothing may crash. The long campaign is {@code releng/scripts/fuzz.sh}.
 */
class FuzzReplayTest {

	/** Mutants per target in the short campaign: enough to cover each kind of mutation, about a minute in all. */
	private static final Map<FuzzTarget, Integer> SHORT = Map.of(FuzzTarget.MODEL, 150, FuzzTarget.CSV, 120,
			FuzzTarget.XLSX, 80, FuzzTarget.ARGS, 40);

	private static final long SEED = 19;

	@TempDir
	Path scratch;

	@ParameterizedTest
	@EnumSource(FuzzTarget.class)
	void theCorpusRunsWithoutACrash(FuzzTarget target) throws Exception {
		List<Path> corpus = FuzzCampaign.corpus(target);
		assertFalse(corpus.isEmpty(), "no corpus for " + target);
		List<String> crashes = new ArrayList<>();
		FuzzCampaign campaign = new FuzzCampaign(scratch);
		for (Path file : corpus) {
			FuzzCampaign.Crash crash = campaign.runOne(target, Files.readAllBytes(file));
			if (crash != null) {
				crashes.add(file.getFileName() + ": " + crash);
			}
		}
		assertEquals(List.of(), crashes);
	}

	@ParameterizedTest
	@EnumSource(FuzzTarget.class)
	void aShortCampaignWithAFixedSeedFindsNoCrash(FuzzTarget target) throws Exception {
		List<FuzzCampaign.Crash> crashes = new FuzzCampaign(scratch).mutate(target, SEED, SHORT.get(target),
				Duration.ofMinutes(3));
		for (FuzzCampaign.Crash crash : crashes) {
			// For whoever fixes it: the input, to add to fuzz-corpus/regressions/ with the fix.
			FuzzCampaign.keep(crash, Path.of("target/fuzz-crashes"));
		}
		assertEquals(List.of(), crashes.stream().map(FuzzCampaign.Crash::toString).toList());
	}

	@Test
	void aRefusalNamingAnExceptionClassOrHoldingAnEscapeIsNotClear() {
		assertEquals("names an exception class", FuzzCampaign.unclear(
				"line 1: com.sun.org.apache.xerces.internal.impl.io.MalformedByteSequenceException: Invalid byte"));
		assertEquals("a raw control character", FuzzCampaign.unclear("bad \u001B[31m value"));
		assertEquals(null, FuzzCampaign.unclear("Cannot open x.placewise: the file is empty."));
	}
}
