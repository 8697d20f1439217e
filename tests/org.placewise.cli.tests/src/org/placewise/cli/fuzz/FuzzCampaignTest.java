package org.placewise.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long campaign, run by {@code releng/scripts/fuzz.sh} (never in the normal test run): each target for a share of
 * {@code PLACEWISE_FUZZ_SECONDS}, with the seed {@code PLACEWISE_FUZZ_SEED} (default: the time). Every crash found is
 * kept in {@code fuzz-corpus/regressions/}, where {@link FuzzReplayTest} runs it from then on; the run fails when it
 * found any.
 */
@EnabledIfEnvironmentVariable(named = "PLACEWISE_FUZZ_SECONDS", matches = "\\d+")
class FuzzCampaignTest {

	@TempDir
	Path scratch;

	@Test
	void campaign() throws Exception {
		long seconds = Long.parseLong(System.getenv("PLACEWISE_FUZZ_SECONDS"));
		String seedText = System.getenv("PLACEWISE_FUZZ_SEED");
		long seed = seedText == null || seedText.isBlank() ? System.currentTimeMillis() : Long.parseLong(seedText);
		Duration share = Duration.ofSeconds(Math.max(1, seconds / FuzzTarget.values().length));
		List<String> found = new ArrayList<>();
		FuzzCampaign campaign = new FuzzCampaign(scratch);
		for (FuzzTarget target : FuzzTarget.values()) {
			List<FuzzCampaign.Crash> crashes = campaign.mutate(target, seed, Integer.MAX_VALUE, share);
			for (FuzzCampaign.Crash crash : crashes) {
				found.add(crash + " -> " + FuzzCampaign.keep(crash));
			}
			System.out.println("fuzz: " + target + " seed " + seed + ": " + crashes.size() + " crash(es) in "
					+ share.toSeconds() + " s");
		}
		found.forEach(line -> System.out.println("fuzz: " + line));
		assertEquals(List.of(), found, "seed " + seed);
	}
}
