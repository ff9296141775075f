package eu.clus3.core.onboarding;

import eu.clus3.core.audit.AuditView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserChanges;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Self-registration and its approval by an administrator, against a real database. Run on each
 * supported database by {@link RegistrationServiceOnH2Test} and {@link RegistrationServiceOnPostgresTest}.
 */
abstract class RegistrationServiceTests extends OnboardingTest {

    static final PageRequest ALL = new PageRequest(0, 50);

    RegistrationService open;
    Actor rita;
    Actor mia;

    RegistrationServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createRegistrationAndPeople() {
        open = registration(Clus3Config.from(Map.of(Clus3Config.REGISTRATION_OPEN, "true")::get));
        rita = person("rita", "Rita Regional", PlatformRole.REGIONAL_STAFF);
        mia = person("mia", "Mia Member", PlatformRole.MEMBER);
    }

    // --- registering ---

    @Test
    void when_registration_is_closed_it_is_forbidden_and_nothing_is_stored() {
        RegistrationService unset = registration(Clus3Config.from(key -> null));
        RegistrationService off = registration(Clus3Config.from(Map.of(Clus3Config.REGISTRATION_OPEN, "false")::get));
        long auditBefore = count("audit_entries");

        for (RegistrationService closed : List.of(unset, off)) {
            assertThat(closed.isOpen()).isFalse();
            assertThatThrownBy(() -> closed.register(nina())).isInstanceOf(ForbiddenException.class);
        }

        assertThat(open.isOpen()).isTrue();
        assertThat(count("users")).isEqualTo(3);
        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'nina'")).isZero();
        assertThat(count("audit_entries")).isEqualTo(auditBefore);
    }

    @Test
    void an_open_registration_makes_an_inactive_member_awaiting_approval_who_cannot_sign_in() {
        clock.advance(Duration.ofHours(1));

        UserView nina = open.register(nina());

        assertThat(nina.username()).isEqualTo("nina");
        assertThat(nina.displayName()).isEqualTo("Nina Novak");
        assertThat(nina.email()).isEqualTo("nina@example.org");
        assertThat(nina.role()).isEqualTo(PlatformRole.MEMBER);
        assertThat(nina.active()).isFalse();
        assertThat(nina.approvalPending()).isTrue();
        assertThat(nina.createdAt()).isEqualTo(clock.instant());
        assertThat(sql().row("SELECT platform_role, active, approval_pending FROM users WHERE username = 'nina'"))
                .containsEntry("platform_role", "MEMBER").containsEntry("active", false)
                .containsEntry("approval_pending", true);
        assertThat(signsIn("nina", NEW_PASSWORD)).isFalse();
        assertThat(users.activeActor("nina")).isEmpty();
        assertThat(users.get(admin, nina.id())).isEqualTo(nina);
    }

    @Test
    void a_registration_is_checked_like_any_new_account_and_nothing_is_stored() {
        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class, () -> open.register(
                new RegistrationService.Registration(" MIA ", "Another Mia", "mia2@example.org", NEW_PASSWORD)));
        InvalidInputException everything = catchThrowableOfType(InvalidInputException.class, () -> open.register(
                new RegistrationService.Registration("no way!", " ", "not-an-email", "weak")));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class, () -> open.register(
                new RegistrationService.Registration(null, null, null, null)));

        assertThat(taken.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("username", "validation.usernameTaken"));
        assertThat(everything.fieldErrors()).extracting(FieldError::field)
                .containsOnly("username", "displayName", "email", "password");
        assertThat(missing.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("username", "displayName", "password");
        assertThat(count("users")).isEqualTo(3);
        assertThat(users.get(admin, mia.userId()).displayName()).isEqualTo("Mia Member");
    }

    // --- approving and rejecting ---

    @Test
    void an_administrator_approves_a_registration_and_the_person_can_then_sign_in() {
        UserView pending = open.register(nina());
        clock.advance(Duration.ofHours(3));

        UserView approved = users.approveRegistration(admin, pending.id());

        assertThat(approved.active()).isTrue();
        assertThat(approved.approvalPending()).isFalse();
        assertThat(approved.role()).isEqualTo(PlatformRole.MEMBER);
        assertThat(approved.version()).isGreaterThan(pending.version());
        assertThat(users.get(admin, pending.id())).isEqualTo(approved);
        assertThat(signsIn("nina", NEW_PASSWORD)).isTrue();
        assertThat(users.activeActor("nina")).contains(actor(approved));
        assertThat(users.auditTrail(admin, pending.id(), ALL))
                .extracting(AuditView::actor, AuditView::action, AuditView::details, AuditView::at)
                .containsExactly(tuple("admin", "user.approved", "nina", clock.instant()));
    }

    @Test
    void rejecting_a_registration_removes_the_pending_account() {
        UserView pending = open.register(nina());
        clock.advance(Duration.ofHours(3));

        users.rejectRegistration(admin, pending.id());

        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'nina'")).isZero();
        assertThatThrownBy(() -> users.get(admin, pending.id())).isInstanceOf(NotFoundException.class);
        assertThat(signsIn("nina", NEW_PASSWORD)).isFalse();
        assertThat(users.auditTrail(admin, pending.id(), ALL))
                .extracting(AuditView::actor, AuditView::action, AuditView::details, AuditView::at)
                .containsExactly(tuple("admin", "user.rejected", "nina", clock.instant()));
        // The name is free again.
        assertThat(open.register(nina()).approvalPending()).isTrue();
    }

    @Test
    void only_administrators_approve_or_reject_registrations() {
        UserView pending = open.register(nina());

        for (Actor refused : List.of(mia, rita)) {
            assertThatThrownBy(() -> users.approveRegistration(refused, pending.id()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.rejectRegistration(refused, pending.id()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }

        assertThat(users.get(admin, pending.id())).isEqualTo(pending);
        assertThat(sql().number("SELECT COUNT(*) FROM audit_entries WHERE action IN ('user.approved', 'user.rejected')"))
                .isZero();
        assertThat(signsIn("nina", NEW_PASSWORD)).isFalse();
    }

    @Test
    void an_account_that_is_not_waiting_for_approval_is_neither_approved_nor_rejected() {
        UserView approved = users.approveRegistration(admin, open.register(nina()).id());
        long auditBefore = count("audit_entries");

        for (long id : new long[]{mia.userId(), approved.id()}) {
            ConflictException approval = catchThrowableOfType(ConflictException.class,
                    () -> users.approveRegistration(admin, id));
            ConflictException rejection = catchThrowableOfType(ConflictException.class,
                    () -> users.rejectRegistration(admin, id));
            assertThat(approval).as("approve " + id).isNotNull();
            assertThat(approval.code()).isEqualTo("error.notPending");
            assertThat(rejection).as("reject " + id).isNotNull();
            assertThat(rejection.code()).isEqualTo("error.notPending");
        }

        assertThat(users.get(admin, approved.id())).isEqualTo(approved);
        assertThat(signsIn("mia", PASSWORD)).isTrue();
        assertThat(signsIn("nina", NEW_PASSWORD)).isTrue();
        assertThat(count("audit_entries")).isEqualTo(auditBefore);
    }

    @Test
    void a_deactivated_account_is_not_a_registration_to_reject() {
        UserView miaNow = users.get(admin, mia.userId());
        users.update(admin, mia.userId(), new UserChanges(null, null, null, false, miaNow.version()));

        assertThatThrownBy(() -> users.rejectRegistration(admin, mia.userId()))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("error.notPending"));
        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'mia'")).isEqualTo(1);
    }

    @Test
    void an_account_activated_by_an_administrators_edit_is_no_longer_pending_and_cannot_be_rejected() {
        UserView pending = open.register(nina());

        UserView activated = users.update(admin, pending.id(), new UserChanges(null, null, null, true, pending.version()));

        assertThat(activated.active()).isTrue();
        assertThat(activated.approvalPending()).isFalse();
        assertThat(signsIn("nina", NEW_PASSWORD)).isTrue();
        assertThatThrownBy(() -> users.rejectRegistration(admin, pending.id()))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("error.notPending"));
        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'nina'")).isEqualTo(1);
    }

    @Test
    void approving_or_rejecting_an_unknown_account_is_not_found() {
        assertThatThrownBy(() -> users.approveRegistration(admin, 987_654L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.rejectRegistration(admin, 987_654L)).isInstanceOf(NotFoundException.class);
    }

    // --- helpers ---

    RegistrationService registration(Clus3Config config) {
        return new RegistrationService(users, config);
    }

    static RegistrationService.Registration nina() {
        return new RegistrationService.Registration("Nina", " Nina Novak ", "nina@example.org", NEW_PASSWORD);
    }
}
