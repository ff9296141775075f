package eu.clus3.core.identity;

import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Accounts: first administrator, administration, sign-in and own settings, against a real database.
 * Run on each supported database by {@link UserServiceOnH2Test} and {@link UserServiceOnPostgresTest}.
 */
abstract class UserServiceTests extends PersistenceTest {

    static final String ADMIN_PASSWORD = "Admin-passw0rd-for-tests";
    static final String PASSWORD = "Member-passw0rd-for-tests";
    static final String ADDRESS = "192.0.2.1";

    UserService service;

    UserServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createService() {
        service = new UserService(db, new UserRepository(db), new PasswordHasher(1_000), new LoginThrottle(clock), clock,
                new AuditTrail(db, clock), new SearchOutbox(db, clock));
    }

    // --- first administrator ---

    @Test
    void the_first_administrator_is_created_once_with_a_generated_password_that_signs_in() {
        Optional<String> generated = service.createFirstAdministrator(Optional.empty());

        assertThat(generated).isPresent();
        assertThat(errors(() -> checkPolicy(generated.get()))).isEmpty();
        LoginResult result = service.signIn("admin", generated.get(), ADDRESS);
        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class, s -> {
            assertThat(s.actor().username()).isEqualTo(UserService.ADMIN_USERNAME);
            assertThat(s.actor().role()).isEqualTo(PlatformRole.ADMINISTRATOR);
        });

        assertThat(service.createFirstAdministrator(Optional.empty())).isEmpty();
        assertThat(service.createFirstAdministrator(Optional.of(ADMIN_PASSWORD))).isEmpty();
        assertThat(sql().number("SELECT COUNT(*) FROM users")).isEqualTo(1);
        assertThat(service.signIn("admin", ADMIN_PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Failure.class);
    }

    @Test
    void a_configured_administrator_password_is_used_and_not_echoed() {
        assertThat(service.createFirstAdministrator(Optional.of(ADMIN_PASSWORD))).isEmpty();

        assertThat(service.signIn("admin", ADMIN_PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
        assertThat(sql().row("SELECT platform_role, active, locale FROM users WHERE username = 'admin'"))
                .containsEntry("platform_role", "ADMINISTRATOR").containsEntry("active", true)
                .containsEntry("locale", "en");
    }

    @Test
    void a_configured_administrator_password_that_breaks_the_policy_is_refused() {
        for (String weak : new String[]{"short", "admin", "ADMIN", "aaaaaaaaaaaaaaaa"}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.createFirstAdministrator(Optional.of(weak)));

            assertThat(e).as(weak).isNotNull();
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsOnly("CLUS3_ADMIN_PASSWORD");
        }
        assertThat(sql().number("SELECT COUNT(*) FROM users")).isZero();
    }

    // --- creating users ---

    @Test
    void an_administrator_creates_a_user_who_can_then_sign_in() {
        Actor admin = admin();
        clock.advance(Duration.ofHours(1));

        UserView bob = service.create(admin, new NewUser("  Bob.Smith ", "  Bob Smith ", "  ", PlatformRole.PARTNER, PASSWORD));

        assertThat(bob.username()).isEqualTo("bob.smith");
        assertThat(bob.displayName()).isEqualTo("Bob Smith");
        assertThat(bob.email()).isNull();
        assertThat(bob.role()).isEqualTo(PlatformRole.PARTNER);
        assertThat(bob.active()).isTrue();
        assertThat(bob.locale()).isEqualTo("en");
        assertThat(bob.createdAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(1)));
        assertThat(service.get(admin, bob.id())).isEqualTo(bob);

        String storedHash = (String) sql().row("SELECT password_hash FROM users WHERE id = ?", bob.id()).get("password_hash");
        assertThat(storedHash).startsWith("PBKDF2WithHmacSHA256:1000:").doesNotContain(PASSWORD);
        assertThat(service.signIn("bob.smith", PASSWORD, ADDRESS)).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.actor()).isEqualTo(new Actor(bob.id(), "bob.smith", PlatformRole.PARTNER)));
    }

    @Test
    void a_member_or_partner_cannot_create_users_and_nothing_is_stored() {
        Actor admin = admin();
        Actor member = actor(create(admin, "mia", PlatformRole.MEMBER));
        Actor partner = actor(create(admin, "paul", PlatformRole.PARTNER));

        assertThatThrownBy(() -> service.create(member, newUser("eve", PlatformRole.ADMINISTRATOR)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.create(partner, newUser("eve", PlatformRole.MEMBER)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'eve'")).isZero();
    }

    @Test
    void a_profile_page_is_for_the_person_and_for_those_who_see_the_directory() {
        Actor admin = admin();
        Actor member = actor(create(admin, "mia", PlatformRole.MEMBER));
        Actor partner = actor(create(admin, "paul", PlatformRole.PARTNER));
        create(admin, "marco", PlatformRole.MEMBER);

        assertThat(service.person(partner, "Mia ").username()).isEqualTo("mia");
        assertThat(service.person(member, "mia").username()).isEqualTo("mia");
        assertThatThrownBy(() -> service.person(member, "marco")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.person(partner, "nobody")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_e_mail_address_used_by_another_account_is_refused_whatever_its_case_and_spaces() {
        Actor admin = admin();
        create(admin, "bob", PlatformRole.MEMBER);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin,
                new NewUser("robert", "Robert", " " + emailOf("bob").toUpperCase() + " ", PlatformRole.MEMBER, PASSWORD)));

        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("email");
            assertThat(error.code()).isEqualTo("validation.emailTaken");
        });
        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'robert'")).isZero();
    }

    @Test
    void a_taken_user_name_is_refused_on_the_username_field_whatever_its_case() {
        Actor admin = admin();
        UserView first = create(admin, "bob", PlatformRole.MEMBER);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(admin, new NewUser("BOB", "Another Bob", null, PlatformRole.PARTNER, PASSWORD)));

        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("username");
            assertThat(error.code()).isEqualTo("validation.usernameTaken");
        });
        assertThat(sql().rows("SELECT id, display_name FROM users WHERE username = 'bob'"))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("display_name", "User bob"));
        assertThat(service.get(admin, first.id())).isEqualTo(first);
    }

    @Test
    void every_invalid_field_is_reported_at_once_and_nothing_is_stored() {
        Actor admin = admin();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin,
                new NewUser("no way!", "x".repeat(201), "not-an-email", PlatformRole.MEMBER, "weak")));

        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsOnly("username", "displayName", "email", "password");
        assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactlyInAnyOrder("validation.username",
                "validation.tooLong", "validation.email", "validation.passwordTooShort", "validation.passwordTooSimple");
        assertThat(sql().number("SELECT COUNT(*) FROM users")).isEqualTo(1);
    }

    @Test
    void missing_fields_are_all_required() {
        Actor admin = admin();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.create(admin, new NewUser(null, " ", null, null, null)));

        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("username", "displayName", "role", "password");
        assertThat(e.fieldErrors()).extracting(FieldError::code).containsOnly("validation.required");
    }

    @Test
    void user_names_must_be_3_to_64_plain_characters() {
        Actor admin = admin();

        for (String bad : new String[]{"ab", "-bob", "bob smith", "bøb", "b".repeat(65)}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.create(admin, newUser(bad, PlatformRole.MEMBER)));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field).containsOnly("username");
        }
        for (String good : new String[]{"abc", "bob.smith_2-x", "9lives", "b".repeat(64)}) {
            assertThat(create(admin, good, PlatformRole.MEMBER).username()).isEqualTo(good);
        }
    }

    @Test
    void a_password_equal_to_the_user_name_is_refused() {
        Actor admin = admin();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.create(admin,
                new NewUser("charlotte.brown", "Charlotte", null, PlatformRole.MEMBER, "Charlotte.Brown")));

        assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("validation.passwordIsUsername");
    }

    // --- editing users ---

    @Test
    void an_administrator_edits_a_user_and_each_edit_continues_from_the_returned_version() {
        Actor admin = admin();
        UserView bob = create(admin, "bob", PlatformRole.MEMBER);

        UserView edited = service.update(admin, bob.id(),
                new UserChanges(" Robert ", "bob@example.org", PlatformRole.REGIONAL_STAFF, null, bob.version()));
        UserView editedAgain = service.update(admin, bob.id(),
                new UserChanges(null, "", null, null, edited.version()));

        assertThat(edited.displayName()).isEqualTo("Robert");
        assertThat(edited.email()).isEqualTo("bob@example.org");
        assertThat(edited.role()).isEqualTo(PlatformRole.REGIONAL_STAFF);
        assertThat(edited.version()).isGreaterThan(bob.version());
        assertThat(editedAgain.email()).isNull();
        assertThat(editedAgain.displayName()).isEqualTo("Robert");
        assertThat(editedAgain.version()).isGreaterThan(edited.version());
        assertThat(service.get(admin, bob.id())).isEqualTo(editedAgain);
    }

    @Test
    void an_edit_of_a_stale_version_is_refused_with_the_current_version() {
        Actor admin = admin();
        UserView bob = create(admin, "bob", PlatformRole.MEMBER);
        UserView edited = service.update(admin, bob.id(), new UserChanges("Robert", null, null, null, bob.version()));

        ConflictException e = catchThrowableOfType(ConflictException.class, () -> service.update(admin, bob.id(),
                new UserChanges("Bobby", null, null, null, bob.version())));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("error.staleVersion");
        assertThat(e.currentVersion()).isEqualTo(edited.version());
        assertThat(service.get(admin, bob.id()).displayName()).isEqualTo("Robert");
    }

    @Test
    void of_two_editors_of_the_same_version_the_second_to_save_gets_a_conflict() {
        Actor admin = admin();
        long bobId = create(admin, "bob", PlatformRole.MEMBER).id();
        UserView seenByFirst = service.get(admin, bobId);
        UserView seenBySecond = service.get(admin, bobId);

        service.update(admin, bobId, new UserChanges("First editor", null, null, null, seenByFirst.version()));

        assertThatThrownBy(() -> service.update(admin, bobId,
                new UserChanges(null, "second.editor@example.org", PlatformRole.PARTNER, null, seenBySecond.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(sql().row("SELECT display_name, email, platform_role FROM users WHERE id = ?", bobId))
                .containsEntry("display_name", "First editor")
                .containsEntry("email", emailOf("bob"))
                .containsEntry("platform_role", "MEMBER");
    }

    @Test
    void an_edit_that_races_past_the_version_check_still_gets_a_conflict() throws Exception {
        Actor admin = admin();
        UserView bob = create(admin, "bob", PlatformRole.MEMBER);
        CountDownLatch slowEditorLoaded = new CountDownLatch(1);
        CountDownLatch fastEditorSaved = new CountDownLatch(1);

        // The slow editor's request loads bob in its transaction, then waits while the fast one commits.
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        Future<UserView> slow = otherRequest.submit(() -> db.inTransaction(() -> {
            new UserRepository(db).findById(bob.id()).orElseThrow();
            slowEditorLoaded.countDown();
            await(fastEditorSaved);
            return service.update(admin, bob.id(), new UserChanges("Slow", null, null, null, bob.version()));
        }));
        ExecutionException e;
        try {
            await(slowEditorLoaded);
            service.update(admin, bob.id(), new UserChanges("Fast", null, null, null, bob.version()));
            fastEditorSaved.countDown();
            e = catchThrowableOfType(ExecutionException.class, () -> slow.get(30, TimeUnit.SECONDS));
        } finally {
            otherRequest.shutdownNow();
        }

        assertThat(e).isNotNull();
        assertThat(e.getCause()).isInstanceOfSatisfying(ConflictException.class, c -> {
            assertThat(c.code()).isEqualTo("error.staleVersion");
            // Caught by the database's optimistic lock, not by the service's check: no version to tell.
            assertThat(c.currentVersion()).isNull();
        });
        assertThat(sql().row("SELECT display_name FROM users WHERE id = ?", bob.id()))
                .containsEntry("display_name", "Fast");
    }

    @Test
    void an_edit_needs_the_version_it_started_from_and_valid_fields() {
        Actor admin = admin();
        UserView bob = create(admin, "bob", PlatformRole.MEMBER);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.update(admin, bob.id(),
                new UserChanges(" ", "nope", null, null, null)));

        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("version", "displayName", "email");
        assertThat(service.get(admin, bob.id())).isEqualTo(bob);
    }

    @Test
    void editing_an_unknown_user_is_not_found() {
        Actor admin = admin();

        assertThatThrownBy(() -> service.update(admin, 987_654L, new UserChanges("X", null, null, null, 1L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(admin, 987_654L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_member_cannot_edit_users() {
        Actor admin = admin();
        UserView mia = create(admin, "mia", PlatformRole.MEMBER);

        assertThatThrownBy(() -> service.update(actor(mia), mia.id(),
                new UserChanges(null, null, PlatformRole.ADMINISTRATOR, null, mia.version())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.get(admin, mia.id()).role()).isEqualTo(PlatformRole.MEMBER);
    }

    @Test
    void the_last_active_administrator_can_be_neither_demoted_nor_deactivated() {
        Actor admin = admin();
        UserView self = service.me(admin);

        ConflictException demoted = catchThrowableOfType(ConflictException.class, () -> service.update(admin, self.id(),
                new UserChanges(null, null, PlatformRole.MEMBER, null, self.version())));
        ConflictException deactivated = catchThrowableOfType(ConflictException.class, () -> service.update(admin, self.id(),
                new UserChanges(null, null, null, false, self.version())));

        assertThat(demoted.code()).isEqualTo("error.lastAdministrator");
        assertThat(deactivated.code()).isEqualTo("error.lastAdministrator");
        assertThat(service.me(admin)).isEqualTo(self);
    }

    @Test
    void an_administrator_can_be_demoted_while_another_active_one_remains() {
        Actor admin = admin();
        UserView second = create(admin, "second.admin", PlatformRole.ADMINISTRATOR);
        UserView inactive = create(admin, "third.admin", PlatformRole.ADMINISTRATOR);
        inactive = service.update(admin, inactive.id(), new UserChanges(null, null, null, false, inactive.version()));

        UserView demoted = service.update(admin, second.id(), new UserChanges(null, null, PlatformRole.PARTNER, null,
                second.version()));
        assertThat(demoted.role()).isEqualTo(PlatformRole.PARTNER);

        // An inactive administrator does not count: the signed-in one is now the last.
        UserView self = service.me(admin);
        assertThatThrownBy(() -> service.update(admin, self.id(),
                new UserChanges(null, null, PlatformRole.MEMBER, null, self.version())))
                .isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.code()).isEqualTo("error.lastAdministrator"));
        // Demoting an inactive administrator takes nothing away.
        assertThat(service.update(admin, inactive.id(),
                new UserChanges(null, null, PlatformRole.MEMBER, null, inactive.version())).role())
                .isEqualTo(PlatformRole.MEMBER);
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account() {
        Actor admin = admin();
        create(admin, "second.admin", PlatformRole.ADMINISTRATOR);
        UserView self = service.me(admin);

        assertThatThrownBy(() -> service.update(admin, self.id(), new UserChanges(null, null, null, false, self.version())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.me(admin).active()).isTrue();
    }

    // --- signing in ---

    @Test
    void a_deactivated_user_cannot_sign_in_and_has_no_active_actor_until_reactivated() {
        Actor admin = admin();
        UserView bob = create(admin, "bob", PlatformRole.MEMBER);
        assertThat(service.activeActor("bob")).contains(actor(bob));

        UserView off = service.update(admin, bob.id(), new UserChanges(null, null, null, false, bob.version()));

        assertThat(off.active()).isFalse();
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Failure.class);
        assertThat(service.activeActor("bob")).isEmpty();

        service.update(admin, bob.id(), new UserChanges(null, null, null, true, off.version()));
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
        assertThat(service.activeActor("bob")).contains(actor(bob));
    }

    @Test
    void signing_in_as_an_unknown_user_fails_like_a_wrong_password() {
        create(admin(), "bob", PlatformRole.MEMBER);

        assertThat(service.signIn("nobody", PASSWORD, ADDRESS)).isEqualTo(new LoginResult.Failure());
        assertThat(service.signIn("bob", "Wrong-passw0rd-here", ADDRESS)).isEqualTo(new LoginResult.Failure());
        assertThat(service.signIn(null, null, ADDRESS)).isEqualTo(new LoginResult.Failure());
        assertThat(service.signIn("bob", null, ADDRESS)).isEqualTo(new LoginResult.Failure());
        assertThat(service.signIn("bob", "x".repeat(PasswordPolicy.MAX_LENGTH + 1), ADDRESS))
                .isEqualTo(new LoginResult.Failure());
        assertThat(service.activeActor("nobody")).isEmpty();
    }

    @Test
    void the_user_name_is_matched_whatever_its_case_and_surrounding_spaces() {
        UserView bob = create(admin(), "bob", PlatformRole.MEMBER);

        assertThat(service.signIn("  BoB ", PASSWORD, ADDRESS)).isEqualTo(new LoginResult.Success(actor(bob)));
    }

    @Test
    void after_five_failures_even_the_right_password_is_throttled_until_the_window_passes() {
        create(admin(), "bob", PlatformRole.MEMBER);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThat(service.signIn("bob", "Wrong-passw0rd-" + i, ADDRESS)).isInstanceOf(LoginResult.Failure.class);
        }

        assertThat(service.signIn("bob", PASSWORD, ADDRESS))
                .isEqualTo(new LoginResult.Throttled(LoginThrottle.WINDOW));
        assertThat(service.signIn("bob", PASSWORD, "203.0.113.9")).isInstanceOf(LoginResult.Throttled.class);
        clock.advance(Duration.ofMinutes(10));
        assertThat(service.signIn("bob", PASSWORD, ADDRESS))
                .isEqualTo(new LoginResult.Throttled(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void a_success_forgets_the_earlier_failures_of_the_account() {
        create(admin(), "bob", PlatformRole.MEMBER);
        for (int i = 0; i < 4; i++) {
            service.signIn("bob", "Wrong-passw0rd-" + i, ADDRESS);
        }
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);

        for (int i = 0; i < 4; i++) {
            service.signIn("bob", "Wrong-passw0rd-" + i, ADDRESS);
        }
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
    }

    // --- own settings ---

    @Test
    void changing_the_own_password_needs_the_current_one() {
        Actor bob = actor(create(admin(), "bob", PlatformRole.MEMBER));

        InvalidInputException wrong = catchThrowableOfType(InvalidInputException.class,
                () -> service.changeOwnPassword(bob, "Not-the-passw0rd", "Brand-new-passw0rd"));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> service.changeOwnPassword(bob, null, "Brand-new-passw0rd"));

        assertThat(wrong.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("currentPassword");
            assertThat(error.code()).isEqualTo("validation.wrongPassword");
        });
        assertThat(missing.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("currentPassword", "validation.required"));
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
        assertThat(service.signIn("bob", "Brand-new-passw0rd", ADDRESS)).isInstanceOf(LoginResult.Failure.class);
    }

    @Test
    void a_new_own_password_must_follow_the_policy_and_both_problems_are_reported() {
        Actor bob = actor(create(admin(), "bob", PlatformRole.MEMBER));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.changeOwnPassword(bob, "Not-the-passw0rd", "bob"));

        assertThat(e.fieldErrors()).extracting(FieldError::field).contains("currentPassword", "newPassword");
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void after_changing_the_own_password_only_the_new_one_works() {
        Actor bob = actor(create(admin(), "bob", PlatformRole.MEMBER));

        service.changeOwnPassword(bob, PASSWORD, "Brand-new-passw0rd");

        assertThat(service.signIn("bob", "Brand-new-passw0rd", ADDRESS)).isInstanceOf(LoginResult.Success.class);
        assertThat(service.signIn("bob", PASSWORD, ADDRESS)).isInstanceOf(LoginResult.Failure.class);
    }

    @Test
    void the_own_locale_must_be_a_supported_one() {
        Actor bob = actor(create(admin(), "bob", PlatformRole.MEMBER));

        UserView italian = service.changeOwnLocale(bob, "it");

        assertThat(italian.locale()).isEqualTo("it");
        assertThat(service.preferredLocale(bob)).contains("it");
        assertThat(sql().row("SELECT locale FROM users WHERE username = 'bob'")).containsEntry("locale", "it");
        for (String bad : new String[]{"de", "IT", "it-IT", "", null}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> service.changeOwnLocale(bob, bad));
            assertThat(e).as(String.valueOf(bad)).isNotNull();
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("locale");
        }
        assertThat(service.preferredLocale(bob)).contains("it");
    }

    // --- reading users ---

    @Test
    void the_user_list_is_paged_by_user_name_with_the_total() {
        Actor admin = admin();
        for (String name : new String[]{"erin", "carl", "dora", "bea", "fred"}) {
            create(admin, name, PlatformRole.MEMBER);
        }

        Page<UserView> first = service.list(admin, new PageRequest(0, 4));
        Page<UserView> second = service.list(admin, new PageRequest(1, 4));

        assertThat(first.total()).isEqualTo(6);
        assertThat(first.size()).isEqualTo(4);
        assertThat(first.page()).isZero();
        assertThat(first.items()).extracting(UserView::username).containsExactly("admin", "bea", "carl", "dora");
        assertThat(second.items()).extracting(UserView::username).containsExactly("erin", "fred");
        assertThat(second.total()).isEqualTo(6);
        assertThat(service.list(admin, new PageRequest(5, 4)).items()).isEmpty();
    }

    @Test
    void a_member_cannot_list_users_but_partners_and_regional_staff_can() {
        Actor admin = admin();
        Actor member = actor(create(admin, "mia", PlatformRole.MEMBER));
        Actor partner = actor(create(admin, "paul", PlatformRole.PARTNER));
        Actor staff = actor(create(admin, "rita", PlatformRole.REGIONAL_STAFF));

        assertThatThrownBy(() -> service.list(member, new PageRequest(0, 10))).isInstanceOf(ForbiddenException.class);
        assertThat(service.list(partner, new PageRequest(0, 10)).total()).isEqualTo(4);
        assertThat(service.list(staff, new PageRequest(0, 10)).total()).isEqualTo(4);
    }

    @Test
    void a_member_sees_their_own_account_but_not_others() {
        Actor admin = admin();
        UserView mia = create(admin, "mia", PlatformRole.MEMBER);
        UserView paul = create(admin, "paul", PlatformRole.PARTNER);

        assertThat(service.me(actor(mia))).isEqualTo(mia);
        assertThatThrownBy(() -> service.get(actor(mia), paul.id())).isInstanceOf(ForbiddenException.class);
        assertThat(service.get(actor(paul), mia.id())).isEqualTo(mia);
    }

    // --- helpers ---

    /** Creates the first administrator and returns them as an actor. */
    Actor admin() {
        service.createFirstAdministrator(Optional.of(ADMIN_PASSWORD));
        return service.activeActor(UserService.ADMIN_USERNAME).orElseThrow();
    }

    UserView create(Actor admin, String username, PlatformRole role) {
        return service.create(admin, newUser(username, role));
    }

    static NewUser newUser(String username, PlatformRole role) {
        // Every account has its own e-mail address; the name need not be a valid address part.
        return new NewUser(username, "User " + username, emailOf(username), role, PASSWORD);
    }

    static String emailOf(String username) {
        return "user" + Integer.toHexString(username.hashCode()) + "@example.org";
    }

    static Actor actor(UserView user) {
        return new Actor(user.id(), user.username(), user.role());
    }

    private static void checkPolicy(String password) {
        Validator v = new Validator();
        PasswordPolicy.check(v, "password", password, UserService.ADMIN_USERNAME);
        v.throwIfInvalid();
    }

    private static List<FieldError> errors(Runnable action) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, action::run);
        return e == null ? List.of() : e.fieldErrors();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other editor");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
