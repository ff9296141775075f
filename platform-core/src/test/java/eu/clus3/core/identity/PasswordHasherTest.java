package eu.clus3.core.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void a_hashed_password_verifies() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hasher.verify("correct horse battery".toCharArray(), hash)).isTrue();
    }

    @Test
    void a_wrong_password_does_not_verify() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void the_hash_has_the_format_algorithm_iterations_salt_hash() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        String[] parts = hash.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32); // 256-bit key
        assertThat(hash).doesNotContain("correct horse battery");
    }

    @Test
    void the_same_password_gets_a_different_salt_and_hash_each_time() {
        String first = hasher.hash("correct horse battery".toCharArray());
        String second = hasher.hash("correct horse battery".toCharArray());

        assertThat(first.split(":")[2]).isNotEqualTo(second.split(":")[2]);
        assertThat(first.split(":")[3]).isNotEqualTo(second.split(":")[3]);
        assertThat(hasher.verify("correct horse battery".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("correct horse battery".toCharArray(), second)).isTrue();
    }

    @Test
    void the_iteration_count_is_read_from_the_stored_hash() {
        String hashedWithMore = new PasswordHasher(2_000).hash("correct horse battery".toCharArray());

        assertThat(hashedWithMore.split(":")[1]).isEqualTo("2000");
        assertThat(hasher.verify("correct horse battery".toCharArray(), hashedWithMore)).isTrue();
    }

    @Test
    void the_default_iteration_count_is_the_strong_one() {
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(310_000);
    }

    @Test
    void too_few_iterations_are_refused() {
        assertThatThrownBy(() -> new PasswordHasher(999)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "not a hash",
            "PBKDF2WithHmacSHA256:1000:c2FsdA==",                         // three parts
            "PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==:extra",          // five parts
            "PBKDF2WithHmacSHA1:1000:c2FsdA==:aGFzaA==",                  // another algorithm
            "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==",                // iterations not a number
            "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA==",                   // zero iterations
            "PBKDF2WithHmacSHA256:-5:c2FsdA==:aGFzaA==",                  // negative iterations
            "PBKDF2WithHmacSHA256:1000::aGFzaA==",                        // empty salt
            "PBKDF2WithHmacSHA256:1000:not base64!:aGFzaA==",             // salt not Base64
            "PBKDF2WithHmacSHA256:1000:c2FsdA==:not base64!",             // hash not Base64
            "PBKDF2WithHmacSHA256:1000:c2FsdA==:",                        // empty hash
            "PBKDF2WithHmacSHA256:99999999999:c2FsdA==:aGFzaA==",         // iterations overflow
    })
    void a_malformed_stored_hash_never_matches(String stored) {
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("correct horse battery".toCharArray(), stored)).isFalse();
    }

    @Test
    void verifying_against_nothing_takes_a_real_derivation_and_does_not_fail() {
        hasher.verifyAgainstNothing("whatever".toCharArray());
        hasher.verifyAgainstNothing(new char[0]);
    }
}
