package eu.clus3.core.identity;

import eu.clus3.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void nothing_is_blocked_at_first() {
        assertThat(throttle.blockedFor("alice", HOME)).isEmpty();
    }

    @Test
    void four_failures_on_an_account_do_not_block_it() {
        fail("alice", HOME, 4);

        assertThat(throttle.blockedFor("alice", HOME)).isEmpty();
    }

    @Test
    void five_failures_on_an_account_block_it_from_any_address() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES_PER_ACCOUNT);

        assertThat(throttle.blockedFor("alice", HOME)).contains(LoginThrottle.WINDOW);
        assertThat(throttle.blockedFor("alice", ELSEWHERE)).isPresent();
        assertThat(throttle.blockedFor("bob", HOME)).isEmpty();
    }

    @Test
    void the_account_is_the_same_whatever_the_case_and_spaces_of_its_name() {
        fail(" Alice ", HOME, 5);

        assertThat(throttle.blockedFor("alice", ELSEWHERE)).isPresent();
    }

    @Test
    void the_wait_is_until_the_oldest_counted_failure_leaves_the_window() {
        fail("alice", HOME, 1);
        clock.advance(Duration.ofMinutes(5));
        fail("alice", HOME, 4);

        assertThat(throttle.blockedFor("alice", HOME)).contains(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.blockedFor("alice", HOME)).contains(Duration.ofMinutes(7));
    }

    @Test
    void the_block_ends_when_the_failures_leave_the_window() {
        fail("alice", HOME, 5);

        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        assertThat(throttle.blockedFor("alice", HOME)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("alice", HOME)).isEmpty();
    }

    @Test
    void failures_spread_wider_than_the_window_never_block() {
        for (int i = 0; i < 10; i++) {
            fail("alice", HOME, 1);
            clock.advance(Duration.ofMinutes(4));
        }

        assertThat(throttle.blockedFor("alice", HOME)).isEmpty();
    }

    @Test
    void a_success_clears_the_account() {
        fail("alice", HOME, 4);
        throttle.recordSuccess("alice");
        fail("alice", HOME, 4);

        assertThat(throttle.blockedFor("alice", HOME)).isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_block_every_account_from_that_address_only() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            fail("guess" + i, HOME, 1);
        }

        assertThat(throttle.blockedFor("carol", HOME)).contains(LoginThrottle.WINDOW);
        assertThat(throttle.blockedFor("carol", ELSEWHERE)).isEmpty();
        assertThat(throttle.blockedFor("guess1", ELSEWHERE)).isEmpty();
    }

    @Test
    void nineteen_failures_from_one_address_do_not_block_it() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
            fail("guess" + i, HOME, 1);
        }

        assertThat(throttle.blockedFor("carol", HOME)).isEmpty();
    }

    @Test
    void a_success_does_not_clear_the_address() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            fail("guess" + i, HOME, 1);
        }
        throttle.recordSuccess("guess3");

        assertThat(throttle.blockedFor("carol", HOME)).isPresent();
    }

    @Test
    void when_both_limits_apply_the_longer_wait_is_reported() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            fail("guess" + i, HOME, 1);
        }
        clock.advance(Duration.ofMinutes(5));
        fail("alice", ELSEWHERE, 5);

        // The address frees up in 10 minutes, the account in 15: the caller must wait 15.
        assertThat(throttle.blockedFor("alice", HOME)).contains(Duration.ofMinutes(15));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }
}
