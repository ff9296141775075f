package eu.clus3.core.identity;

import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Personal API tokens against a real database. Run on each supported database by
 * {@link ApiTokenServiceOnH2Test} and {@link ApiTokenServiceOnPostgresTest}.
 */
abstract class ApiTokenServiceTests extends PersistenceTest {

    private static final String PASSWORD = "Member-passw0rd-for-tests";

    private UserService users;
    private ApiTokenService tokens;
    private Actor admin;
    private Actor mia;
    private Actor paul;

    ApiTokenServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createServicesAndUsers() {
        UserRepository userRepository = new UserRepository(db);
        users = new UserService(db, userRepository, new PasswordHasher(1_000), new LoginThrottle(clock), clock,
                new AuditTrail(db, clock), new SearchOutbox(db, clock));
        tokens = new ApiTokenService(db, new ApiTokenRepository(db), userRepository, clock);
        users.createFirstAdministrator(Optional.of("Admin-passw0rd-for-tests"));
        admin = users.activeActor(UserService.ADMIN_USERNAME).orElseThrow();
        mia = create("mia", PlatformRole.MEMBER);
        paul = create("paul", PlatformRole.PARTNER);
    }

    @Test
    void a_new_token_is_shown_once_with_the_c3_prefix_and_only_its_sha256_is_stored() {
        CreatedApiToken created = tokens.create(mia, new NewApiToken("  CI pipeline ", 30));

        String value = created.token();
        assertThat(value).startsWith("c3_").hasSize(3 + 43).matches("c3_[A-Za-z0-9_-]{43}");
        ApiTokenView details = created.details();
        assertThat(details.name()).isEqualTo("CI pipeline");
        assertThat(details.prefix()).isEqualTo(value.substring(0, 10));
        assertThat(details.owner()).isEqualTo("mia");
        assertThat(details.createdAt()).isEqualTo(MutableClock.START);
        assertThat(details.expiresAt()).isEqualTo(MutableClock.START.plus(Duration.ofDays(30)));
        assertThat(details.lastUsedAt()).isNull();
        assertThat(details.revokedAt()).isNull();
        assertThat(details.usable()).isTrue();
        assertThat(details.toString()).doesNotContain(value);

        Map<String, Object> row = sql().row("SELECT * FROM api_tokens");
        assertThat(row.get("token_hash")).isEqualTo(sha256(value)).isNotEqualTo(value);
        assertThat(row.values()).allSatisfy(column -> assertThat(String.valueOf(column)).doesNotContain(value));
        assertThat(row).containsEntry("token_prefix", value.substring(0, 10)).containsEntry("name", "CI pipeline");
    }

    @Test
    void every_token_is_different() {
        String first = tokens.create(mia, new NewApiToken("one", null)).token();
        String second = tokens.create(mia, new NewApiToken("two", null)).token();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_token_authenticates_its_owner() {
        String value = tokens.create(paul, new NewApiToken("script", 30)).token();

        assertThat(tokens.authenticate(value)).contains(paul);
    }

    @Test
    void an_unknown_or_malformed_token_authenticates_nobody() {
        String value = tokens.create(mia, new NewApiToken("script", null)).token();
        String altered = value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A");

        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate("Bearer " + value)).isEmpty();
        assertThat(tokens.authenticate(value.substring(3))).isEmpty();
        assertThat(tokens.authenticate(altered)).isEmpty();
        assertThat(tokens.authenticate(value + "x".repeat(100))).isEmpty();
        assertThat(tokens.authenticate(sha256(value))).isEmpty();
    }

    @Test
    void a_revoked_token_authenticates_nobody_and_revoking_again_changes_nothing() {
        CreatedApiToken created = tokens.create(mia, new NewApiToken("laptop", null));
        clock.advance(Duration.ofHours(2));

        ApiTokenView revoked = tokens.revoke(mia, created.details().id());
        clock.advance(Duration.ofHours(1));
        ApiTokenView again = tokens.revoke(mia, created.details().id());

        assertThat(revoked.revokedAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(2)));
        assertThat(revoked.usable()).isFalse();
        assertThat(again.revokedAt()).isEqualTo(revoked.revokedAt());
        assertThat(tokens.authenticate(created.token())).isEmpty();
    }

    @Test
    void an_expired_token_authenticates_nobody() {
        String value = tokens.create(mia, new NewApiToken("short-lived", 1)).token();

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(tokens.authenticate(value)).contains(mia);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.authenticate(value)).isEmpty();
        assertThat(tokens.listOwn(mia)).singleElement().satisfies(t -> assertThat(t.usable()).isFalse());
    }

    @Test
    void a_token_without_expiry_keeps_working() {
        CreatedApiToken created = tokens.create(mia, new NewApiToken("forever", null));

        clock.advance(Duration.ofDays(3650 * 2));

        assertThat(created.details().expiresAt()).isNull();
        assertThat(tokens.authenticate(created.token())).contains(mia);
    }

    @Test
    void the_token_of_a_deactivated_user_authenticates_nobody_until_reactivated() {
        String value = tokens.create(mia, new NewApiToken("script", null)).token();
        UserView miaNow = users.get(admin, mia.userId());

        UserView off = users.update(admin, mia.userId(), new UserChanges(null, null, null, false, miaNow.version()));
        assertThat(tokens.authenticate(value)).isEmpty();

        users.update(admin, mia.userId(), new UserChanges(null, null, null, true, off.version()));
        assertThat(tokens.authenticate(value)).contains(mia);
    }

    @Test
    void a_member_cannot_revoke_someone_elses_token_or_learn_that_it_exists() {
        CreatedApiToken pauls = tokens.create(paul, new NewApiToken("paul's", null));

        NotFoundException someoneElses = catchThrowableOfType(NotFoundException.class,
                () -> tokens.revoke(mia, pauls.details().id()));
        NotFoundException unknown = catchThrowableOfType(NotFoundException.class,
                () -> tokens.revoke(mia, 987_654L));

        assertThat(someoneElses).isNotNull();
        assertThat(unknown).isNotNull();
        assertThat(someoneElses.getMessage()).isEqualTo("API token " + pauls.details().id() + " does not exist");
        assertThat(tokens.authenticate(pauls.token())).contains(paul);
        assertThat(sql().row("SELECT revoked_at FROM api_tokens WHERE id = ?", pauls.details().id()))
                .containsEntry("revoked_at", null);
    }

    @Test
    void an_administrator_can_revoke_anyones_token() {
        CreatedApiToken pauls = tokens.create(paul, new NewApiToken("paul's", null));

        ApiTokenView revoked = tokens.revoke(admin, pauls.details().id());

        assertThat(revoked.owner()).isEqualTo("paul");
        assertThat(revoked.revokedAt()).isEqualTo(MutableClock.START);
        assertThat(tokens.authenticate(pauls.token())).isEmpty();
    }

    @Test
    void everyone_lists_only_their_own_tokens_newest_first() {
        tokens.create(mia, new NewApiToken("older", null));
        clock.advance(Duration.ofMinutes(1));
        tokens.create(mia, new NewApiToken("newer", null));
        tokens.create(paul, new NewApiToken("paul's", null));

        assertThat(tokens.listOwn(mia)).extracting(ApiTokenView::name).containsExactly("newer", "older");
        assertThat(tokens.listOwn(paul)).extracting(ApiTokenView::name).containsExactly("paul's");
        assertThat(tokens.listOwn(admin)).isEmpty();
    }

    @Test
    void listing_all_tokens_needs_the_permission_to_manage_them() {
        tokens.create(mia, new NewApiToken("a", null));
        clock.advance(Duration.ofMinutes(1));
        tokens.create(paul, new NewApiToken("b", null));
        clock.advance(Duration.ofMinutes(1));
        tokens.create(admin, new NewApiToken("c", null));

        assertThatThrownBy(() -> tokens.listAll(mia, new PageRequest(0, 10))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.listAll(paul, new PageRequest(0, 10))).isInstanceOf(ForbiddenException.class);
        Page<ApiTokenView> first = tokens.listAll(admin, new PageRequest(0, 2));
        Page<ApiTokenView> second = tokens.listAll(admin, new PageRequest(1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(ApiTokenView::owner).containsExactly("admin", "paul");
        assertThat(second.items()).extracting(ApiTokenView::owner).containsExactly("mia");
    }

    @Test
    void a_token_needs_a_name_of_at_most_100_characters_and_a_lifetime_of_1_to_3650_days() {
        assertThat(fields(new NewApiToken(null, 30))).containsExactly("name");
        assertThat(fields(new NewApiToken("   ", 30))).containsExactly("name");
        assertThat(fields(new NewApiToken("x".repeat(101), 30))).containsExactly("name");
        assertThat(fields(new NewApiToken("ok", 0))).containsExactly("expiresInDays");
        assertThat(fields(new NewApiToken("ok", -1))).containsExactly("expiresInDays");
        assertThat(fields(new NewApiToken("ok", 5000))).containsExactly("expiresInDays");
        assertThat(fields(new NewApiToken("", 3651))).containsExactly("name", "expiresInDays");
        assertThat(sql().number("SELECT COUNT(*) FROM api_tokens")).isZero();

        tokens.create(mia, new NewApiToken("x".repeat(100), 1));
        tokens.create(mia, new NewApiToken("long", 3650));
        assertThat(sql().number("SELECT COUNT(*) FROM api_tokens")).isEqualTo(2);
    }

    @Test
    void a_user_has_at_most_50_live_tokens() {
        for (int i = 0; i < ApiTokenService.MAX_TOKENS_PER_USER; i++) {
            tokens.create(mia, new NewApiToken("token " + i, null));
        }

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> tokens.create(mia, new NewApiToken("one too many", null)));
        assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("validation.tooManyTokens");
        assertThat(tokens.create(paul, new NewApiToken("others are not limited by mia", null))).isNotNull();

        tokens.revoke(mia, tokens.listOwn(mia).get(0).id());
        assertThat(tokens.create(mia, new NewApiToken("after a revocation", null))).isNotNull();
    }

    @Test
    void the_last_use_is_recorded_at_most_once_a_minute() {
        CreatedApiToken created = tokens.create(mia, new NewApiToken("script", null));
        long id = created.details().id();

        clock.advance(Duration.ofMinutes(5));
        Instant firstUse = clock.instant();
        tokens.authenticate(created.token());
        assertThat(lastUsed(id)).isEqualTo(firstUse);
        assertThat(tokens.listOwn(mia).get(0).lastUsedAt()).isEqualTo(firstUse);

        clock.advance(Duration.ofSeconds(30));
        tokens.authenticate(created.token());
        assertThat(lastUsed(id)).isEqualTo(firstUse);

        clock.advance(Duration.ofSeconds(31));
        tokens.authenticate(created.token());
        assertThat(lastUsed(id)).isEqualTo(clock.instant());
    }

    @Test
    void a_failed_authentication_records_no_use() {
        CreatedApiToken created = tokens.create(mia, new NewApiToken("script", null));
        tokens.revoke(mia, created.details().id());

        tokens.authenticate(created.token());

        assertThat(lastUsed(created.details().id())).isNull();
    }

    private Actor create(String username, PlatformRole role) {
        UserView user = users.create(admin, new NewUser(username, "User " + username, null, role, PASSWORD));
        return new Actor(user.id(), user.username(), user.role());
    }

    private List<String> fields(NewApiToken input) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> tokens.create(mia, input));
        return e == null ? List.of() : e.fieldErrors().stream().map(FieldError::field).toList();
    }

    private Instant lastUsed(long tokenId) {
        Object value = sql().row("SELECT last_used_at FROM api_tokens WHERE id = ?", tokenId).get("last_used_at");
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
