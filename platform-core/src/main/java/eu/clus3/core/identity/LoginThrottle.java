package eu.clus3.core.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-in attempts per account and per client address within a sliding window, to slow
 * down password guessing. Kept in memory of each node: a restart forgets it, which is acceptable for
 * a brake (the passwords themselves stay strong).
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before another attempt, or empty when it may try now. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = wait(accountKey(username), MAX_FAILURES_PER_ACCOUNT, now);
        Optional<Duration> byAddress = wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
        add(accountKey(username), now);
        add(addressKey(address), now);
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not unlock guessing at others). */
    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    private Optional<Duration> wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // Blocked until the oldest failure still counted leaves the window.
            Instant oldest = times.peekFirst();
            return Optional.of(Duration.between(now, oldest.plus(WINDOW)));
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static Deque<Instant> prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant cutoff = now.minus(WINDOW);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
            return times;
        }
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase());
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
