package eu.clus3.core.onboarding;

import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.LoginResult;
import eu.clus3.core.identity.LoginThrottle;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.SecretTokens;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Password-reset links made by administrators, against a real database. Run on each supported
 * database by {@link PasswordResetServiceOnH2Test} and {@link PasswordResetServiceOnPostgresTest}.
 */
abstract class PasswordResetServiceTests extends OnboardingTest {

    Actor rita;
    Actor bob;

    PasswordResetServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createPeople() {
        rita = person("rita", "Rita Regional", PlatformRole.REGIONAL_STAFF);
        bob = person("bob", "Bob Member", PlatformRole.MEMBER);
    }

    @Test
    void an_administrator_makes_a_link_of_which_only_the_hash_is_stored() {
        String link = resets.createLink(admin, bob.userId());

        assertThat(link).startsWith("reset-password/pwr_").startsWith(PasswordResetService.LINK_PATH);
        String token = token(link);
        assertThat(resets.isUsable(token)).isTrue();
        Map<String, Object> row = sql().row("SELECT * FROM password_resets");
        assertThat(row).containsEntry("user_id", bob.userId()).containsEntry("created_by", admin.userId())
                .containsEntry("token_hash", SecretTokens.sha256(token)).containsEntry("used_at", null);
        assertThat(row.values()).as("no column holds the link").allSatisfy(value ->
                assertThat(String.valueOf(value)).doesNotContain(token.substring("pwr_".length())));
        assertThat(local(row.get("expires_at"))).isEqualTo(local(row.get("created_at")).plusHours(24));
        assertThat(resets.createLink(admin, bob.userId())).as("a new link each time").isNotEqualTo(link);
    }

    @Test
    void only_administrators_make_links() {
        for (Actor refused : List.of(bob, rita)) {
            assertThatThrownBy(() -> resets.createLink(refused, bob.userId()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> resets.createLink(bob, admin.userId())).isInstanceOf(ForbiddenException.class);

        assertThat(count("password_resets")).isZero();
    }

    @Test
    void a_link_for_an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> resets.createLink(admin, 987_654L)).isInstanceOf(NotFoundException.class);

        assertThat(count("password_resets")).isZero();
    }

    @Test
    void the_new_password_signs_in_and_the_old_one_no_longer_does() {
        String token = token(resets.createLink(admin, bob.userId()));
        clock.advance(Duration.ofHours(1));

        resets.complete(token, NEW_PASSWORD);

        assertThat(signsIn("bob", NEW_PASSWORD)).isTrue();
        assertThat(signsIn("bob", PASSWORD)).isFalse();
        assertThat(sql().row("SELECT used_at FROM password_resets").get("used_at")).isNotNull();
        assertThat(signsIn("admin", ADMIN_PASSWORD)).as("nobody else's password changed").isTrue();
    }

    @Test
    void a_weak_password_is_refused_on_new_password_and_the_link_stays_usable() {
        String token = token(resets.createLink(admin, bob.userId()));

        for (String weak : new String[]{"short", "bob", "BOB", "aaaaaaaaaaaaaaaa", "x".repeat(257), "", null}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> resets.complete(token, weak));
            assertThat(e).as(String.valueOf(weak)).isNotNull();
            assertThat(e.fieldErrors()).as(String.valueOf(weak)).extracting(FieldError::field)
                    .containsOnly("newPassword");
        }

        assertThat(resets.isUsable(token)).isTrue();
        assertThat(sql().row("SELECT used_at FROM password_resets")).containsEntry("used_at", null);
        assertThat(signsIn("bob", PASSWORD)).isTrue();
        resets.complete(token, NEW_PASSWORD);
        assertThat(signsIn("bob", NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_password_equal_to_the_user_name_is_refused() {
        String token = token(resets.createLink(admin, bob.userId()));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> resets.complete(token, "Bob"));

        assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .contains(tuple("newPassword", "validation.passwordIsUsername"));
    }

    @Test
    void a_link_works_once() {
        String token = token(resets.createLink(admin, bob.userId()));
        resets.complete(token, NEW_PASSWORD);

        NotFoundException again = catchThrowableOfType(NotFoundException.class,
                () -> resets.complete(token, "Yet-another-passw0rd"));

        assertThat(again).isNotNull();
        assertThat(again.code()).isEqualTo("error.resetInvalid");
        assertThat(resets.isUsable(token)).isFalse();
        assertThat(signsIn("bob", NEW_PASSWORD)).isTrue();
        assertThat(signsIn("bob", "Yet-another-passw0rd")).isFalse();
    }

    @Test
    void a_link_expires_after_24_hours() {
        String token = token(resets.createLink(admin, bob.userId()));

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(resets.isUsable(token)).isTrue();
        clock.advance(Duration.ofSeconds(1));

        assertThat(resets.isUsable(token)).isFalse();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> resets.complete(token, NEW_PASSWORD)).code())
                .isEqualTo("error.resetInvalid");
        assertThat(signsIn("bob", PASSWORD)).isTrue();
        assertThat(signsIn("bob", NEW_PASSWORD)).isFalse();
    }

    @Test
    void each_link_sets_the_password_of_its_own_user_only() {
        String forBob = token(resets.createLink(admin, bob.userId()));
        String forRita = token(resets.createLink(admin, rita.userId()));

        resets.complete(forRita, NEW_PASSWORD);

        assertThat(signsIn("rita", NEW_PASSWORD)).isTrue();
        assertThat(signsIn("bob", PASSWORD)).isTrue();
        assertThat(resets.isUsable(forBob)).isTrue();
        assertThat(resets.isUsable(forRita)).isFalse();
    }

    @Test
    void a_reset_lifts_the_accounts_sign_in_block() {
        String token = token(resets.createLink(admin, bob.userId()));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            users.signIn("bob", "Wrong-passw0rd-" + i, ADDRESS);
        }
        assertThat(users.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Throttled.class);

        resets.complete(token, NEW_PASSWORD);

        assertThat(users.signIn("bob", NEW_PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void garbage_tokens_are_not_usable_and_not_found() {
        String real = token(resets.createLink(admin, bob.userId()));
        String secretPart = real.substring("pwr_".length());
        CreatedInvitation invitation = invitations.invite(admin, new NewInvitation("nina@example.org", null, null, null));
        String invitationToken = invitation.link().substring(InvitationService.LINK_PATH.length());
        List<String> garbage = Arrays.asList(null, "", "pwr_", "pwr_x", "x".repeat(10_000), "pwr_" + "x".repeat(10_000),
                "inv_" + secretPart, secretPart, real + "x", " " + real, invitationToken);

        for (String token : garbage) {
            String label = token == null ? "null" : token.length() > 40 ? token.length() + " chars" : token;
            assertThat(resets.isUsable(token)).as(label).isFalse();
            assertThat(catchThrowable(() -> resets.complete(token, NEW_PASSWORD))).as(label)
                    .isExactlyInstanceOf(NotFoundException.class);
        }

        assertThat(resets.isUsable(real)).isTrue();
        assertThat(signsIn("bob", PASSWORD)).isTrue();
    }

    @Test
    void the_link_was_made_at_the_clocks_time() {
        clock.advance(Duration.ofDays(2));
        String token = token(resets.createLink(admin, bob.userId()));

        clock.set(MutableClock.START.plus(Duration.ofDays(3)).minusSeconds(1));
        assertThat(resets.isUsable(token)).isTrue();
        clock.set(MutableClock.START.plus(Duration.ofDays(3)));
        assertThat(resets.isUsable(token)).isFalse();
    }

    /** A TIMESTAMP column as the driver answers it (H2 and PostgreSQL differ). */
    static LocalDateTime local(Object timestamp) {
        return timestamp instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) timestamp;
    }

    static String token(String link) {
        assertThat(link).startsWith(PasswordResetService.LINK_PATH);
        return link.substring(PasswordResetService.LINK_PATH.length());
    }
}
