package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.placewise.server.LoginThrottle;

/** The back-off arithmetic: free failures, doubling, the cap, and nothing permanent. */
class LoginThrottleTest {
	private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

	@Test
	void theBackOffDoublesUpToTheCapAndNeverLastsLonger() throws Exception {
		Instant[] now = { START };
		LoginThrottle throttle = new LoginThrottle(new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}
		});
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
			throttle.failed("alice", "10.0.0." + i);
			assertEquals(Optional.empty(), throttle.backOff("alice", "10.0.0.99"), "free failure " + (i + 1));
		}
		Duration expected = LoginThrottle.FIRST_BACK_OFF;
		for (int beyond = 1; beyond <= 40; beyond++) {
			throttle.failed("alice", "10.0.1." + beyond);
			assertEquals(Optional.of(expected), throttle.backOff("alice", "10.0.0.99"),
					"failure " + beyond + " beyond");
			now[0] = now[0].plus(expected);
			assertEquals(Optional.empty(), throttle.backOff("alice", "10.0.0.99"), "over after " + expected);
			expected = expected.multipliedBy(2).compareTo(LoginThrottle.MAXIMUM_BACK_OFF) > 0
					? LoginThrottle.MAXIMUM_BACK_OFF
					: expected.multipliedBy(2);
		}
		assertEquals(LoginThrottle.MAXIMUM_BACK_OFF, expected, "the cap was reached");
		throttle.failed("alice", "10.0.2.1");
		assertTrue(throttle.backOff("alice", "10.0.0.99").isPresent());
		assertTrue(throttle.clear("alice"));
		assertEquals(Optional.empty(), throttle.backOff("alice", "10.0.0.99"), "an admin lifted it");
		assertFalse(throttle.clear("alice"));
	}
}
