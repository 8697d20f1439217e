package org.placewise.cli.internal.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;

/**
 * {@code placewise who-can-approve} on the Exampleshire sample. The expected answers are worked out by hand from the
 * sample's scheme of delegation: the ICB Board delegates 'Community services budget' (a £5,000,000 budget covering
 * community services, the discharge fund and intermediate care; decisions above £1,000,000 escalate to the ICB Board;
 * decommissioning reserved) to the Exampletown Place Committee, which delegates 'Discharge fund' (a £2,000,000 budget)
 * to the place lead, held by Alex Example, and 'Intermediate care pool decisions' (£7,500,000) to the community trust.
 * The ICB Board retains 'Decommissioning a service'.
 */
class WhoCanApproveCommandTest {

	private static final String EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise")
			.toString();
	private static final String AS_OF = "--as-of=2026-11-26";

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		String[] withCommand = new String[args.length + 1];
		withCommand[0] = "who-can-approve";
		System.arraycopy(args, 0, withCommand, 1, args.length);
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"))
				.run(withCommand);
	}

	@Test
	void aQuarterOfAMillionFromTheDischargeFundAtExampletown() {
		assertEquals(ExitCode.OK,
				run(EXAMPLESHIRE, "--for", "discharge fund", "--amount", "250000", "--at", "Exampletown", AS_OF));

		String escalation = "decisions above £1,000,000 go to ICB Board; also escalated: Any decision rated high risk"
				+ " on the ICB risk matrix";
		String communityServices = "      'Community services budget' from ICB Board; budget £5,000,000; " + escalation
				+ "; reserved: Decommissioning a service; review overdue since 31 Mar 2025\n";
		assertEquals("Who can approve £250,000 for 'discharge fund' at Exampletown, as of 26 Nov 2026\n"
				+ "\n"
				+ "Discharge fund allocation\n"
				+ "  May approve:\n"
				+ "    ICB Board: holds it in its own right and delegated it\n"
				+ "    Exampletown Place Committee: by 1 delegation:\n"
				+ communityServices
				+ "    Exampletown place lead (held by Alex Example): by 2 delegations:\n"
				+ communityServices
				+ "      'Discharge fund' from Exampletown Place Committee; budget £2,000,000; review overdue since"
				+ " 31 Mar 2025\n", out.toString());
		assertEquals("", err.toString());
	}

	@Test
	void aDecisionAboveTheEscalationThresholdGoesBackToTheIcbBoard() {
		assertEquals(ExitCode.OK, run(EXAMPLESHIRE, "--for", "discharge fund", "--amount", "1500000", AS_OF));

		String text = out.toString();
		assertTrue(text.contains("  May approve:\n    ICB Board: holds it in its own right and delegated it\n"
				+ "  May not:\n"
				+ "    Exampletown Place Committee: £1,500,000 is above £1,000,000, so under 'Community services"
				+ " budget' it goes to ICB Board\n"
				+ "    Exampletown place lead (held by Alex Example): £1,500,000 is above £1,000,000, so under"
				+ " 'Community services budget' it goes to ICB Board\n"), text);
	}

	@Test
	void aReservedMatterIsTakenByTheBoardThatRetainsIt() {
		assertEquals(ExitCode.OK, run(EXAMPLESHIRE, "--for", "decommissioning", AS_OF));

		assertEquals("Who can approve a decision for 'decommissioning', as of 26 Nov 2026\n"
				+ "\n"
				+ "Decommissioning a service\n"
				+ "  May approve:\n"
				+ "    ICB Board: retains this decision area for itself (reserved at board level)\n", out.toString());
	}

	@Test
	void aDelegationThatHasNotStartedGivesNoAuthority() {
		assertEquals(ExitCode.OK, run(EXAMPLESHIRE, "--for", "discharge fund", "--as-of=2024-03-31"));

		String text = out.toString();
		assertTrue(text.contains("    ICB Board: holds it in its own right and delegated it\n  May not:\n"
				+ "    Exampletown Place Committee: 'Community services budget' starts on 1 Apr 2024\n"
				+ "    Exampletown place lead (held by Alex Example): 'Community services budget' starts on"
				+ " 1 Apr 2024\n"), text);
	}

	@Test
	void nobodyIsExplainedWhenNoDecisionAreaMatches() {
		assertEquals(ExitCode.FINDINGS, run(EXAMPLESHIRE, "--for", "care home placements", AS_OF));

		assertTrue(out.toString().endsWith("\nNobody: no decision area's name contains 'care home placements'. The"
				+ " decision areas are: 'Community services commissioning', 'Discharge fund allocation',"
				+ " 'Intermediate care pool operations', 'Decommissioning a service'.\n"), out.toString());
	}

	@Test
	void anUnknownFootprintIsABadInputNamingTheFootprints() {
		assertEquals(ExitCode.BAD_INPUT, run(EXAMPLESHIRE, "--for", "discharge fund", "--at", "Wigan", AS_OF));

		assertTrue(err.toString().contains("--at: the model has no footprint named 'Wigan'; its footprints are:"
				+ " 'Exampleshire', 'Exampletown', 'Exampletown North', 'Exampletown South'."), err.toString());
	}

	@Test
	void anAmountMayBeWrittenWithAPoundSignAndKForThousands() {
		assertEquals(ExitCode.OK, run(EXAMPLESHIRE, "--for", "discharge fund", "--amount", "£250k", AS_OF));

		assertTrue(out.toString().startsWith("Who can approve £250,000 for 'discharge fund', as of 26 Nov 2026\n"),
				out.toString() + err);
	}

	@Test
	void anAmountThatIsNotANumberIsABadInput() {
		assertEquals(ExitCode.BAD_INPUT, run(EXAMPLESHIRE, "--for", "discharge fund", "--amount", "lots", AS_OF));

		assertTrue(err.toString().contains("--amount: 'lots' is not an amount in pounds"), err.toString());
	}
}
