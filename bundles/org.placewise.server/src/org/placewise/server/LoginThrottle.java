package org.placewise.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after a few failed logins for one user name, or from one network address, further
 * logins for it are refused without checking the password until a back-off has passed. The back-off doubles with each
 * further failure up to {@link #MAXIMUM_BACK_OFF}, so an attacker can delay a real user by at most that long and never
 * lock them out for good; an admin can lift it at once with {@link #clear(String)}. A successful login clears the
 * user's and the address's record.
 * <p>
 * Only failures are remembered, in memory, and the number of records is bounded.
 */
public final class LoginThrottle {
	/** Failed logins for one user name that are free of any back-off. */
	public static final int FREE_FAILURES_PER_USER = 3;

	/** Failed logins from one address that are free of any back-off (several users may share an address). */
	public static final int FREE_FAILURES_PER_ADDRESS = 10;

	/** The back-off after the first failure beyond the free ones; it doubles with every further failure. */
	public static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

	/** The longest back-off. */
	public static final Duration MAXIMUM_BACK_OFF = Duration.ofMinutes(15);

	/** Most user names and addresses remembered at once; beyond it records whose back-off is over are dropped. */
	static final int MAXIMUM_RECORDS = 10_000;

	private final Clock clock;

	private final Map<String, Failures> byUser = new HashMap<>();

	private final Map<String, Failures> byAddress = new HashMap<>();

	private static final class Failures {
		int count;

		Instant blockedUntil = Instant.MIN;

		Instant lastFailure = Instant.MIN;
	}

	/**
	 * @param clock the time source (a fixed clock in tests)
	 */
	public LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param user    the user name given
	 * @param address the network address the login comes from
	 * @return how long the caller must still wait before a login for this user or from this address is checked again,
	 *         or empty if it may be checked now
	 */
	public synchronized Optional<Duration> backOff(String user, String address) {
		Instant now = clock.instant();
		Instant until = later(blockedUntil(byUser, user), blockedUntil(byAddress, address));
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/**
	 * Records a failed login (wrong password or unknown user).
	 *
	 * @param user    the user name given
	 * @param address the address it came from
	 */
	public synchronized void failed(String user, String address) {
		Instant now = clock.instant();
		record(byUser, user, FREE_FAILURES_PER_USER, now);
		record(byAddress, address, FREE_FAILURES_PER_ADDRESS, now);
	}

	/**
	 * Records a successful login: the user and the address start afresh.
	 *
	 * @param user    the user who logged in
	 * @param address the address they came from
	 */
	public synchronized void succeeded(String user, String address) {
		byUser.remove(key(user));
		byAddress.remove(key(address));
	}

	/**
	 * Lifts the back-off of a user name (an admin's action).
	 *
	 * @param user the user name
	 * @return whether there was anything to lift
	 */
	public synchronized boolean clear(String user) {
		return byUser.remove(key(user)) != null;
	}

	/**
	 * @param user a user name
	 * @return the failed logins counted for it since its last successful login
	 */
	public synchronized int failures(String user) {
		Failures failures = byUser.get(key(user));
		return failures == null ? 0 : failures.count;
	}

	private void record(Map<String, Failures> records, String name, int free, Instant now) {
		if (records.size() >= MAXIMUM_RECORDS) {
			records.values().removeIf(failures -> !failures.blockedUntil.isAfter(now)
					&& failures.lastFailure.plus(MAXIMUM_BACK_OFF).isBefore(now));
			if (records.size() >= MAXIMUM_RECORDS) {
				// Still full of live records: keep counting for those we know rather than grow without bound.
				if (!records.containsKey(key(name))) {
					return;
				}
			}
		}
		Failures failures = records.computeIfAbsent(key(name), unused -> new Failures());
		failures.count++;
		failures.lastFailure = now;
		if (failures.count > free) {
			failures.blockedUntil = now.plus(backOffAfter(failures.count - free));
		}
	}

	/**
	 * @param beyondFree how many failures beyond the free ones (1 or more)
	 * @return the back-off after that many
	 */
	static Duration backOffAfter(int beyondFree) {
		int doublings = Math.min(beyondFree - 1, 30);
		Duration backOff = FIRST_BACK_OFF.multipliedBy(1L << doublings);
		return backOff.compareTo(MAXIMUM_BACK_OFF) > 0 ? MAXIMUM_BACK_OFF : backOff;
	}

	private static Instant blockedUntil(Map<String, Failures> records, String name) {
		Failures failures = records.get(key(name));
		return failures == null ? Instant.MIN : failures.blockedUntil;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static String key(String name) {
		return name == null ? "" : name;
	}
}
