package eu.clus3.core.onboarding;

import eu.clus3.core.audit.AuditView;
import eu.clus3.core.cluster.ClusterDetails;
import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.cluster.MembershipView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.SecretTokens;
import eu.clus3.core.identity.UserChanges;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.MutableClock;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Invitations: who may invite whom into what, what is stored, and what accepting does, one test per
 * rule, against a real database. Run on each supported database by {@link InvitationServiceOnH2Test}
 * and {@link InvitationServiceOnPostgresTest}.
 *
 * <p>The cast: the administrator {@code admin}, regional staff {@code rita}, platform members
 * {@code elena} (manager of DITENAVE), {@code andrea} (member of DITENAVE), {@code paolo} (manager of
 * AgriFood FVG) and {@code mia} (in no cluster). Everyone signs in with {@link #PASSWORD}.
 */
abstract class InvitationServiceTests extends OnboardingTest {

    static final PageRequest ALL = new PageRequest(0, 50);

    Actor rita;
    Actor elena;
    Actor andrea;
    Actor paolo;
    Actor mia;
    ClusterDetails ditenave;
    ClusterDetails agrifood;

    InvitationServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createPeopleAndClusters() {
        rita = person("rita", "Rita Regional", PlatformRole.REGIONAL_STAFF);
        elena = person("elena.furlan", "Elena Furlan", PlatformRole.MEMBER);
        andrea = person("andrea.pittana", "Andrea Pittana", PlatformRole.MEMBER);
        paolo = person("paolo.devetak", "Paolo Devetak", PlatformRole.MEMBER);
        mia = person("mia", "Mia Member", PlatformRole.MEMBER);
        ditenave = cluster("DITENAVE", "ITH44", elena);
        clusters.addPerson(elena, ditenave.id(), andrea.username(), ClusterRole.MEMBER);
        agrifood = cluster("AgriFood FVG", "ITH42", paolo);
    }

    // --- inviting ---

    @Test
    void an_administrator_invites_with_any_platform_role_and_only_the_hash_of_the_link_is_stored() {
        List<String> tokens = new ArrayList<>();
        for (PlatformRole role : PlatformRole.values()) {
            CreatedInvitation created = invitations.invite(admin,
                    new NewInvitation("  New." + role.name() + "@Example.org ", role, null, null));

            assertThat(created.link()).as(role.name()).startsWith("invitation/inv_");
            String token = token(created);
            assertThat(token).hasSizeGreaterThan(40);
            tokens.add(token);
            InvitationView view = created.invitation();
            assertThat(view.email()).isEqualTo("new." + role.name().toLowerCase() + "@example.org");
            assertThat(view.platformRole()).isEqualTo(role);
            assertThat(view.clusterId()).isNull();
            assertThat(view.clusterName()).isNull();
            assertThat(view.clusterRole()).isNull();
            assertThat(view.createdAt()).isEqualTo(MutableClock.START);
            assertThat(view.expiresAt()).isEqualTo(MutableClock.START.plus(InvitationService.VALIDITY))
                    .isEqualTo(MutableClock.START.plus(Duration.ofDays(14)));
            assertThat(view.acceptedAt()).isNull();
            assertThat(view.revokedAt()).isNull();
            assertThat(sql().row("SELECT token_hash, platform_role, invited_by FROM invitations WHERE id = ?", view.id()))
                    .containsEntry("token_hash", SecretTokens.sha256(token))
                    .containsEntry("platform_role", role.name())
                    .containsEntry("invited_by", admin.userId());
        }

        assertThat(tokens).doesNotHaveDuplicates();
        List<Map<String, Object>> rows = sql().rows("SELECT * FROM invitations");
        assertThat(rows).hasSize(PlatformRole.values().length);
        for (String token : tokens) {
            String secretPart = token.substring("inv_".length());
            for (Map<String, Object> row : rows) {
                assertThat(row.values()).as("no column holds the link").allSatisfy(value ->
                        assertThat(String.valueOf(value)).doesNotContain(secretPart));
            }
        }
    }

    @Test
    void without_a_platform_role_the_invitee_becomes_a_platform_member() {
        CreatedInvitation created = invitations.invite(admin, new NewInvitation("nina@example.org", null, null, null));

        assertThat(created.invitation().platformRole()).isEqualTo(PlatformRole.MEMBER);
    }

    @Test
    void a_member_cannot_invite_without_a_cluster_nor_into_a_cluster_they_do_not_manage() {
        assertThatThrownBy(() -> invitations.invite(mia, new NewInvitation("nina@example.org", null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.invite(mia,
                new NewInvitation("nina@example.org", PlatformRole.MEMBER, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.invite(andrea,
                new NewInvitation("nina@example.org", PlatformRole.MEMBER, ditenave.id(), ClusterRole.MEMBER)))
                .as("a member of the cluster is not its manager").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.invite(elena, new NewInvitation("nina@example.org", null, null, null)))
                .as("a cluster manager without a cluster").isInstanceOf(ForbiddenException.class);

        assertThat(count("invitations")).isZero();
    }

    @Test
    void a_cluster_manager_invites_into_their_cluster_as_platform_member() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("Nina.Novak@example.org", null, ditenave.id(), ClusterRole.STAFF));
        CreatedInvitation explicit = invitations.invite(elena,
                new NewInvitation("marco@example.org", PlatformRole.MEMBER, ditenave.id(), ClusterRole.MANAGER));

        assertThat(created.link()).startsWith(InvitationService.LINK_PATH + "inv_");
        assertThat(created.invitation()).extracting(InvitationView::email, InvitationView::platformRole,
                        InvitationView::clusterId, InvitationView::clusterName, InvitationView::clusterRole)
                .containsExactly("nina.novak@example.org", PlatformRole.MEMBER, ditenave.id(), "DITENAVE",
                        ClusterRole.STAFF);
        assertThat(explicit.invitation().clusterRole()).isEqualTo(ClusterRole.MANAGER);
        assertThat(sql().rows("SELECT invited_by, cluster_id FROM invitations")).hasSize(2)
                .allSatisfy(row -> assertThat(row).containsEntry("invited_by", elena.userId())
                        .containsEntry("cluster_id", ditenave.id()));
    }

    @Test
    void a_cluster_manager_cannot_invite_into_another_cluster() {
        assertThatThrownBy(() -> invitations.invite(elena,
                new NewInvitation("nina@example.org", PlatformRole.MEMBER, agrifood.id(), ClusterRole.MEMBER)))
                .isInstanceOf(ForbiddenException.class);

        assertThat(count("invitations")).isZero();
    }

    @Test
    void a_cluster_manager_cannot_give_a_platform_role_above_member() {
        for (PlatformRole higher : List.of(PlatformRole.REGIONAL_STAFF, PlatformRole.PARTNER, PlatformRole.ADMINISTRATOR)) {
            assertThatThrownBy(() -> invitations.invite(elena,
                    new NewInvitation("nina@example.org", higher, ditenave.id(), ClusterRole.MEMBER)))
                    .as(higher.name()).isInstanceOf(ForbiddenException.class);
        }

        assertThat(count("invitations")).isZero();
    }

    @Test
    void regional_staff_invite_into_any_cluster_but_only_administrators_invite_without_one() {
        CreatedInvitation intoAgrifood = invitations.invite(rita,
                new NewInvitation("nina@example.org", null, agrifood.id(), ClusterRole.MANAGER));

        assertThat(intoAgrifood.invitation().clusterName()).isEqualTo("AgriFood FVG");
        assertThatThrownBy(() -> invitations.invite(rita,
                new NewInvitation("marco@example.org", PlatformRole.REGIONAL_STAFF, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(count("invitations")).isEqualTo(1);
    }

    @Test
    void inviting_into_an_unknown_cluster_is_not_found() {
        assertThatThrownBy(() -> invitations.invite(admin,
                new NewInvitation("nina@example.org", null, 987_654L, ClusterRole.MEMBER)))
                .isInstanceOf(NotFoundException.class);

        assertThat(count("invitations")).isZero();
    }

    @Test
    void a_bad_or_missing_e_mail_address_is_refused_on_the_email_field() {
        for (String bad : new String[]{"not-an-email", "nina@", "nina@example", "two@at@example.org",
                "x".repeat(250) + "@example.org"}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> invitations.invite(admin, new NewInvitation(bad, null, null, null)));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.fieldErrors()).as(bad).extracting(FieldError::field).containsOnly("email");
        }
        for (String missing : new String[]{null, "", "   "}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> invitations.invite(admin, new NewInvitation(missing, null, null, null)));
            assertThat(e).as(String.valueOf(missing)).isNotNull();
            assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                    .contains(tuple("email", "validation.required"));
        }

        assertThat(count("invitations")).isZero();
    }

    @Test
    void a_cluster_needs_a_role_in_it_and_a_role_needs_a_cluster() {
        InvalidInputException noRole = catchThrowableOfType(InvalidInputException.class, () -> invitations.invite(admin,
                new NewInvitation("nina@example.org", null, ditenave.id(), null)));
        InvalidInputException noCluster = catchThrowableOfType(InvalidInputException.class, () -> invitations.invite(
                admin, new NewInvitation("nina@example.org", null, null, ClusterRole.STAFF)));
        InvalidInputException all = catchThrowableOfType(InvalidInputException.class, () -> invitations.invite(
                elena, new NewInvitation("nope", null, null, ClusterRole.STAFF)));

        assertThat(noRole.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("clusterRole", "validation.required"));
        assertThat(noCluster.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("clusterId", "validation.required"));
        assertThat(all.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("email", "clusterId");
        assertThat(count("invitations")).isZero();
    }

    @Test
    void the_e_mail_address_of_an_existing_account_is_refused_whatever_its_case() {
        for (String taken : new String[]{"mia@example.org", "  MIA@Example.ORG "}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> invitations.invite(elena, new NewInvitation(taken, null, ditenave.id(), ClusterRole.MEMBER)));
            assertThat(e).as(taken).isNotNull();
            assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("email");
                assertThat(error.code()).isEqualTo("validation.emailHasAccount");
                assertThat(error.message()).contains("mia");
            });
        }

        assertThat(count("invitations")).isZero();
    }

    // --- the link ---

    @Test
    void the_preview_shows_the_inviter_the_cluster_and_the_role() {
        CreatedInvitation intoCluster = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.STAFF));
        CreatedInvitation platformOnly = invitations.invite(admin,
                new NewInvitation("paul@example.org", PlatformRole.PARTNER, null, null));

        assertThat(invitations.preview(token(intoCluster))).isEqualTo(new InvitationPreview("nina@example.org",
                "Elena Furlan", "DITENAVE", ClusterRole.STAFF, MutableClock.START.plus(InvitationService.VALIDITY)));
        assertThat(invitations.preview(token(platformOnly))).isEqualTo(new InvitationPreview("paul@example.org",
                "Administrator", null, null, MutableClock.START.plus(InvitationService.VALIDITY)));
        assertThat(count("users")).isEqualTo(6);
    }

    @Test
    void garbage_tokens_are_not_found_and_never_another_error() {
        CreatedInvitation real = invitations.invite(admin, new NewInvitation("nina@example.org", null, null, null));
        String secretPart = token(real).substring("inv_".length());
        List<String> garbage = Arrays.asList(null, "", " ", "inv_", "inv_x", "x".repeat(10_000),
                "inv_" + "x".repeat(10_000), "pwr_" + secretPart, secretPart, "INV_" + secretPart,
                token(real) + "x", " " + token(real), "inv_' OR '1'='1", "inv_\u0000\u00e9\ud83d\ude00");

        for (String token : garbage) {
            String label = token == null ? "null" : token.length() > 40 ? token.length() + " chars" : token;
            assertThat(catchThrowable(() -> invitations.preview(token))).as(label)
                    .isExactlyInstanceOf(NotFoundException.class)
                    .satisfies(e -> assertThat(((NotFoundException) e).code()).isEqualTo("error.invitationInvalid"));
            assertThat(catchThrowable(() -> invitations.accept(new AcceptInvitation(token, "nina", "Nina", PASSWORD))))
                    .as(label).isExactlyInstanceOf(NotFoundException.class);
        }

        assertThat(count("users")).isEqualTo(6);
        assertThat(invitations.preview(token(real)).email()).isEqualTo("nina@example.org");
    }

    // --- accepting ---

    @Test
    void accepting_opens_an_active_account_in_the_cluster_with_the_invitations_roles() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("Nina.Novak@example.org", null, ditenave.id(), ClusterRole.STAFF));
        clock.advance(Duration.ofDays(3));

        UserView nina = invitations.accept(new AcceptInvitation(token(created), "  Nina.Novak ", " Nina Novak ",
                NEW_PASSWORD));

        assertThat(nina.username()).isEqualTo("nina.novak");
        assertThat(nina.displayName()).isEqualTo("Nina Novak");
        assertThat(nina.email()).isEqualTo("nina.novak@example.org");
        assertThat(nina.role()).isEqualTo(PlatformRole.MEMBER);
        assertThat(nina.active()).isTrue();
        assertThat(nina.approvalPending()).isFalse();
        assertThat(nina.createdAt()).isEqualTo(clock.instant());
        assertThat(clusters.myClusters(actor(nina))).extracting(MembershipView::clusterName, MembershipView::role)
                .containsExactly(tuple("DITENAVE", ClusterRole.STAFF));
        List<AuditView> trail = clusters.auditTrail(elena, ditenave.id(), ALL);
        assertThat(trail.get(0)).extracting(AuditView::actor, AuditView::action, AuditView::details, AuditView::at)
                .containsExactly("elena.furlan", "membership.added", "nina.novak as STAFF", clock.instant());
        assertThat(signsIn("nina.novak", NEW_PASSWORD)).isTrue();
        assertThat(users.activeActor("nina.novak")).contains(actor(nina));
        assertThat(sql().row("SELECT accepted_at, accepted_user_id FROM invitations WHERE id = ?",
                created.invitation().id())).containsEntry("accepted_user_id", nina.id());
        assertThat(invitations.list(elena, ditenave.id())).singleElement()
                .satisfies(i -> assertThat(i.acceptedAt()).isEqualTo(clock.instant()));
    }

    @Test
    void accepting_an_administrators_invitation_gives_its_platform_role_and_no_cluster() {
        CreatedInvitation created = invitations.invite(admin,
                new NewInvitation("paul@example.org", PlatformRole.PARTNER, null, null));

        UserView paul = invitations.accept(new AcceptInvitation(token(created), "paul", "Paul Partner", NEW_PASSWORD));

        assertThat(paul.role()).isEqualTo(PlatformRole.PARTNER);
        assertThat(paul.email()).isEqualTo("paul@example.org");
        assertThat(clusters.myClusters(actor(paul))).isEmpty();
        assertThat(sql().row("SELECT platform_role, active, approval_pending FROM users WHERE username = 'paul'"))
                .containsEntry("platform_role", "PARTNER").containsEntry("active", true)
                .containsEntry("approval_pending", false);
        assertThat(signsIn("paul", NEW_PASSWORD)).isTrue();
    }

    @Test
    void an_invitation_is_used_once() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER));
        invitations.accept(new AcceptInvitation(token(created), "nina", "Nina Novak", NEW_PASSWORD));

        NotFoundException again = catchThrowableOfType(NotFoundException.class, () -> invitations.accept(
                new AcceptInvitation(token(created), "nina.second", "Nina Again", NEW_PASSWORD)));
        NotFoundException preview = catchThrowableOfType(NotFoundException.class,
                () -> invitations.preview(token(created)));

        assertThat(again).isNotNull();
        assertThat(again.code()).isEqualTo("error.invitationInvalid");
        assertThat(preview.code()).isEqualTo("error.invitationInvalid");
        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE email = 'nina@example.org'")).isEqualTo(1);
        assertThat(clusters.people(elena, ditenave.id())).extracting(MembershipView::username)
                .containsExactlyInAnyOrder("elena.furlan", "andrea.pittana", "nina");
    }

    @Test
    void an_invitation_expires_after_fourteen_days() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER));

        clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertThat(invitations.preview(token(created)).email()).isEqualTo("nina@example.org");
        clock.advance(Duration.ofSeconds(1));

        assertThat(catchThrowableOfType(NotFoundException.class, () -> invitations.preview(token(created))).code())
                .isEqualTo("error.invitationInvalid");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> invitations.accept(
                new AcceptInvitation(token(created), "nina", "Nina Novak", NEW_PASSWORD))).code())
                .isEqualTo("error.invitationInvalid");
        assertThat(users.findByEmail("nina@example.org")).isEmpty();
        assertThat(count("users")).isEqualTo(6);
    }

    @Test
    void a_revoked_invitation_is_refused() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER));
        clock.advance(Duration.ofHours(2));

        InvitationView revoked = invitations.revoke(elena, created.invitation().id());

        assertThat(revoked.revokedAt()).isEqualTo(clock.instant());
        assertThat(revoked.acceptedAt()).isNull();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> invitations.preview(token(created))).code())
                .isEqualTo("error.invitationInvalid");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> invitations.accept(
                new AcceptInvitation(token(created), "nina", "Nina Novak", NEW_PASSWORD))).code())
                .isEqualTo("error.invitationInvalid");
        assertThat(count("users")).isEqualTo(6);
    }

    @Test
    void accepting_with_invalid_input_stores_nothing_and_the_invitation_stays_usable() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.STAFF));
        long auditBefore = count("audit_entries");

        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class, () -> invitations.accept(
                new AcceptInvitation(token(created), "MIA", "Nina Novak", NEW_PASSWORD)));
        InvalidInputException weak = catchThrowableOfType(InvalidInputException.class, () -> invitations.accept(
                new AcceptInvitation(token(created), "nina", "Nina Novak", "short")));
        InvalidInputException everything = catchThrowableOfType(InvalidInputException.class, () -> invitations.accept(
                new AcceptInvitation(token(created), "no way!", " ", null)));

        assertThat(taken.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("username", "validation.usernameTaken"));
        assertThat(weak.fieldErrors()).extracting(FieldError::field).containsOnly("password");
        assertThat(everything.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("username", "displayName", "password");
        assertThat(count("users")).isEqualTo(6);
        assertThat(count("cluster_memberships")).isEqualTo(3);
        assertThat(count("audit_entries")).isEqualTo(auditBefore);
        assertThat(sql().row("SELECT accepted_at, accepted_user_id FROM invitations"))
                .containsEntry("accepted_at", null).containsEntry("accepted_user_id", null);
        assertThat(signsIn("mia", PASSWORD)).isTrue();

        UserView nina = invitations.accept(new AcceptInvitation(token(created), "nina", "Nina Novak", NEW_PASSWORD));
        assertThat(clusters.myClusters(actor(nina))).extracting(MembershipView::role).containsExactly(ClusterRole.STAFF);
    }

    @Test
    void when_the_inviter_was_deactivated_acceptance_into_the_cluster_fails_and_nothing_is_stored() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER));
        UserView elenaNow = users.get(admin, elena.userId());
        users.update(admin, elena.userId(), new UserChanges(null, null, null, false, elenaNow.version()));
        long auditBefore = count("audit_entries");

        assertThatThrownBy(() -> invitations.accept(new AcceptInvitation(token(created), "nina", "Nina Novak",
                NEW_PASSWORD))).isInstanceOf(ForbiddenException.class);

        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'nina'")).isZero();
        assertThat(users.findByEmail("nina@example.org")).isEmpty();
        assertThat(count("cluster_memberships")).isEqualTo(3);
        assertThat(count("audit_entries")).isEqualTo(auditBefore);
        assertThat(sql().row("SELECT accepted_at FROM invitations")).containsEntry("accepted_at", null);
        assertThat(signsIn("nina", NEW_PASSWORD)).isFalse();
    }

    @Test
    void when_the_inviter_no_longer_manages_the_cluster_acceptance_into_it_fails_and_nothing_is_stored() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MANAGER));
        MembershipView elenas = clusters.people(admin, ditenave.id()).stream()
                .filter(m -> m.username().equals("elena.furlan")).findFirst().orElseThrow();
        clusters.changeRole(admin, ditenave.id(), elenas.id(), ClusterRole.MEMBER);

        assertThatThrownBy(() -> invitations.accept(new AcceptInvitation(token(created), "nina", "Nina Novak",
                NEW_PASSWORD))).isInstanceOf(ForbiddenException.class);

        assertThat(sql().number("SELECT COUNT(*) FROM users WHERE username = 'nina'")).isZero();
        assertThat(clusters.people(admin, ditenave.id())).extracting(MembershipView::username)
                .containsExactlyInAnyOrder("elena.furlan", "andrea.pittana");
    }

    // --- listing and revoking ---

    @Test
    void an_administrator_lists_all_invitations_newest_first() {
        InvitationView first = invitations.invite(admin,
                new NewInvitation("paul@example.org", PlatformRole.PARTNER, null, null)).invitation();
        clock.advance(Duration.ofMinutes(1));
        InvitationView second = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER)).invitation();
        clock.advance(Duration.ofMinutes(1));
        InvitationView third = invitations.invite(paolo,
                new NewInvitation("marco@example.org", null, agrifood.id(), ClusterRole.STAFF)).invitation();

        List<InvitationView> all = invitations.list(admin, null);

        assertThat(all).extracting(InvitationView::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(all).extracting(InvitationView::email, InvitationView::clusterName).containsExactly(
                tuple("marco@example.org", "AgriFood FVG"),
                tuple("nina@example.org", "DITENAVE"),
                tuple("paul@example.org", null));
        assertThat(all.get(2)).isEqualTo(first);
        assertThat(invitations.list(admin, ditenave.id())).containsExactly(second);
    }

    @Test
    void a_cluster_manager_lists_the_invitations_of_their_cluster_only() {
        invitations.invite(admin, new NewInvitation("paul@example.org", PlatformRole.PARTNER, null, null));
        InvitationView intoDitenave = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER)).invitation();
        invitations.invite(paolo, new NewInvitation("marco@example.org", null, agrifood.id(), ClusterRole.STAFF));

        assertThat(invitations.list(elena, ditenave.id())).containsExactly(intoDitenave);
        assertThat(invitations.list(rita, ditenave.id())).containsExactly(intoDitenave);
        assertThatThrownBy(() -> invitations.list(elena, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.list(elena, agrifood.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_member_lists_no_invitations() {
        invitations.invite(elena, new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER));

        for (Actor refused : List.of(andrea, mia, paolo)) {
            assertThatThrownBy(() -> invitations.list(refused, ditenave.id()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> invitations.list(refused, null))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> invitations.list(rita, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_manager_of_the_cluster_revokes_its_invitations_but_not_others() {
        InvitationView intoDitenave = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER)).invitation();
        InvitationView intoAgrifood = invitations.invite(paolo,
                new NewInvitation("marco@example.org", null, agrifood.id(), ClusterRole.STAFF)).invitation();
        InvitationView platformOnly = invitations.invite(admin,
                new NewInvitation("paul@example.org", PlatformRole.PARTNER, null, null)).invitation();
        clock.advance(Duration.ofMinutes(5));

        InvitationView revoked = invitations.revoke(elena, intoDitenave.id());

        assertThat(revoked.revokedAt()).isEqualTo(clock.instant());
        assertThat(revoked.clusterName()).isEqualTo("DITENAVE");
        for (Actor refused : List.of(andrea, mia, paolo)) {
            assertThatThrownBy(() -> invitations.revoke(refused, intoDitenave.id()))
                    .as(refused.username()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> invitations.revoke(elena, intoAgrifood.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.revoke(elena, platformOnly.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.revoke(rita, platformOnly.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> invitations.revoke(admin, 987_654L)).isInstanceOf(NotFoundException.class);
        assertThat(invitations.list(admin, null)).filteredOn(i -> i.revokedAt() != null)
                .extracting(InvitationView::id).containsExactly(intoDitenave.id());
    }

    @Test
    void an_administrator_revokes_any_invitation_and_revoking_twice_keeps_the_first_time() {
        InvitationView intoAgrifood = invitations.invite(paolo,
                new NewInvitation("marco@example.org", null, agrifood.id(), ClusterRole.STAFF)).invitation();
        clock.advance(Duration.ofMinutes(5));
        InvitationView revoked = invitations.revoke(admin, intoAgrifood.id());
        clock.advance(Duration.ofMinutes(5));

        InvitationView again = invitations.revoke(paolo, intoAgrifood.id());

        assertThat(revoked.revokedAt()).isEqualTo(MutableClock.START.plus(Duration.ofMinutes(5)));
        assertThat(revoked.clusterName()).isEqualTo("AgriFood FVG");
        assertThat(again.revokedAt()).isEqualTo(revoked.revokedAt());
    }

    @Test
    void revoking_an_accepted_invitation_changes_nothing() {
        CreatedInvitation created = invitations.invite(elena,
                new NewInvitation("nina@example.org", null, ditenave.id(), ClusterRole.MEMBER));
        UserView nina = invitations.accept(new AcceptInvitation(token(created), "nina", "Nina Novak", NEW_PASSWORD));

        InvitationView after = invitations.revoke(elena, created.invitation().id());

        assertThat(after.revokedAt()).isNull();
        assertThat(after.acceptedAt()).isEqualTo(clock.instant());
        assertThat(signsIn("nina", NEW_PASSWORD)).isTrue();
        assertThat(clusters.myClusters(actor(nina))).hasSize(1);
    }

    // --- helpers ---

    /** The secret of an invitation link: what the invitee's browser sends back. */
    static String token(CreatedInvitation created) {
        assertThat(created.link()).startsWith(InvitationService.LINK_PATH);
        return created.link().substring(InvitationService.LINK_PATH.length());
    }
}
