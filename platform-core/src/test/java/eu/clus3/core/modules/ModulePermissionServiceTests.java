package eu.clus3.core.modules;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.audit.AuditView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.modules.testmodule.ForeignPermission;
import eu.clus3.core.modules.testmodule.Hello;
import eu.clus3.core.modules.testmodule.Permissions;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.plugin.api.ModuleUser;
import eu.clus3.plugin.api.NavigationEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Modules' own permissions: declared by a running module, granted by administrators to people and roles, audited,
 * carried by {@code currentUser()}, kept over upgrades and uninstalls, removed by a purge. Run on each database by
 * {@link ModulePermissionServiceOnH2Test} and {@link ModulePermissionServiceOnPostgresTest}.
 */
abstract class ModulePermissionServiceTests extends PersistenceTest {

    private static final String MODERATE = Permissions.MODERATE.id();
    private static final String PUBLISH = Permissions.PUBLISH.id();

    @TempDir
    Path dataDir;

    ModuleService modules;
    ModulePermissionService permissions;
    AuditTrail audit;
    Actor admin;
    Actor mia;
    Actor leo;
    Actor staff;

    ModulePermissionServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void start() {
        admin = user("admin", PlatformRole.ADMINISTRATOR);
        mia = user("mia", PlatformRole.MEMBER);
        leo = user("leo", PlatformRole.MEMBER);
        staff = user("sara", PlatformRole.REGIONAL_STAFF);
        audit = new AuditTrail(db, clock);
        modules = ModuleServiceTests.node(db, clock, dataDir, n -> { });
        permissions = new ModulePermissionService(db, modules, audit, clock);
        modules.install(admin, "perms.jar", permsModule("1.0.0"), Optional.empty());
    }

    @AfterEach
    void stop() {
        modules.close();
    }

    static byte[] permsModule(String version) {
        return ModuleArchive.module("perms", version).extensions(Hello.class, Permissions.class)
                .entry("messages.properties", "permission.perms.moderate=Moderate notes\n"
                        + "permission.perms.moderate.description=Hide and delete anyone's notes\n")
                .entry("messages_it.properties", "permission.perms.moderate=Moderare le note\n"
                        + "permission.perms.moderate.description=Nascondere ed eliminare le note di chiunque, è così\n")
                .jar();
    }

    // --- declared ---

    @Test
    void running_modules_permissions_are_listed_with_their_names_in_the_administrators_language() {
        assertThat(permissions.declared(admin, Locale.ENGLISH)).containsExactly(
                new DeclaredModulePermission(MODERATE, "perms", "Moderate notes", "Hide and delete anyone's notes"),
                new DeclaredModulePermission(PUBLISH, "perms", PUBLISH, ""));
        assertThat(permissions.declared(admin, Locale.ITALIAN).get(0)).satisfies(p -> {
            assertThat(p.name()).isEqualTo("Moderare le note");
            assertThat(p.description()).endsWith("è così");
        });
        assertThat(modules.get(admin, "perms").contributions()).contains("2 permissions");

        modules.disable(admin, "perms");
        assertThat(permissions.declared(admin, Locale.ENGLISH)).as("a stopped module declares nothing").isEmpty();
        assertThatThrownBy(() -> permissions.declared(mia, Locale.ENGLISH)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_module_declaring_another_modules_permission_is_refused_at_start() {
        modules.install(admin, "thief.jar", ModuleArchive.module("thief", "1.0.0").extensions(ForeignPermission.class).jar(),
                Optional.empty());

        ModuleSummary thief = modules.get(admin, "thief");
        assertThat(thief.state()).isEqualTo(ModuleState.FAILED);
        assertThat(thief.reason()).contains("labeling.assess", "its own id");
        assertThat(permissions.declared(admin, Locale.ENGLISH)).extracting(DeclaredModulePermission::id)
                .containsExactly(MODERATE, PUBLISH);
    }

    // --- granting ---

    @Test
    void a_permission_granted_to_a_person_is_carried_by_the_modules_current_user_and_audited_once() {
        assertThat(currentUser(mia).has(Permissions.MODERATE)).isFalse();

        var granted = permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId()));
        var again = permissions.grant(admin, NewModulePermissionGrant.toUser(" " + MODERATE + " ", mia.userId()));

        assertThat(granted.created()).isTrue();
        assertThat(granted.grant()).satisfies(g -> {
            assertThat(g.permission()).isEqualTo(MODERATE);
            assertThat(g.moduleId()).isEqualTo("perms");
            assertThat(g.userId()).isEqualTo(mia.userId());
            assertThat(g.username()).isEqualTo("mia");
            assertThat(g.role()).isNull();
            assertThat(g.grantedBy()).isEqualTo("admin");
            assertThat(g.grantedAt()).isEqualTo(clock.instant());
        });
        assertThat(again.created()).as("granting twice changes nothing").isFalse();
        assertThat(again.grant().id()).isEqualTo(granted.grant().id());
        assertThat(stored()).isEqualTo(1);
        assertThat(currentUser(mia).has(Permissions.MODERATE)).isTrue();
        assertThat(currentUser(mia).has(Permissions.PUBLISH)).isFalse();
        assertThat(currentUser(leo).has(Permissions.MODERATE)).isFalse();
        assertThat(permissions.grants(admin, mia.userId(), null, null)).extracting(ModulePermissionGrantView::permission)
                .containsExactly(MODERATE);
        assertThat(permissions.grants(admin, leo.userId(), null, null)).isEmpty();
        assertThat(permissions.grants(admin, null, null, MODERATE)).hasSize(1);
        assertThat(audited("user", mia.userId(), 0, 10)).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("modulePermission.granted");
            assertThat(a.details()).isEqualTo(MODERATE);
            assertThat(a.actor()).isEqualTo("admin");
        });
        assertThat(permissions.mine(mia, Locale.ITALIAN)).containsExactly(new DeclaredModulePermission(MODERATE, "perms",
                "Moderare le note", "Nascondere ed eliminare le note di chiunque, è così"));
    }

    @Test
    void a_permission_granted_to_a_role_reaches_everyone_with_that_role_beside_their_own_grants() {
        permissions.grant(admin, NewModulePermissionGrant.toRole(PUBLISH, PlatformRole.MEMBER));
        permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId()));

        assertThat(currentUser(mia).modulePermissions()).containsExactlyInAnyOrder(MODERATE, PUBLISH);
        assertThat(currentUser(leo).modulePermissions()).containsExactly(PUBLISH);
        assertThat(currentUser(staff).modulePermissions()).isEmpty();
        assertThat(currentUser(admin).modulePermissions()).as("administrators hold only what is granted").isEmpty();
        List<ModulePermissionGrantView> all = permissions.overview(admin, Locale.ENGLISH, null, null, null).grants();
        assertThat(all).extracting(ModulePermissionGrantView::permission).containsExactly(MODERATE, PUBLISH);
        assertThat(permissions.grants(admin, null, "MEMBER", null)).singleElement()
                .satisfies(g -> assertThat(g.userId()).isNull());
        long roleGrant = permissions.grants(admin, null, "MEMBER", null).get(0).id();
        assertThat(audited(ModulePermissionService.ROLE_GRANT_SUBJECT, roleGrant, 0, 10)).singleElement()
                .satisfies(a -> assertThat(a.details()).isEqualTo(PUBLISH + " to role MEMBER"));
    }

    @Test
    void a_revoked_permission_is_gone_at_the_next_request() {
        long id = permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId())).grant().id();
        assertThat(currentUser(mia).has(Permissions.MODERATE)).isTrue(); // now cached

        permissions.revoke(admin, id);

        assertThat(currentUser(mia).has(Permissions.MODERATE)).isFalse();
        assertThat(stored()).isZero();
        assertThat(audited("user", mia.userId(), 0, 10)).extracting(AuditView::action)
                .containsExactly("modulePermission.revoked", "modulePermission.granted");
        assertThatThrownBy(() -> permissions.revoke(admin, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_administrators_grant_revoke_or_list_and_bad_grants_are_refused_on_their_fields_changing_nothing() {
        long id = permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId())).grant().id();

        for (Actor notAdmin : List.of(mia, staff)) {
            assertThatThrownBy(() -> permissions.grant(notAdmin, NewModulePermissionGrant.toUser(MODERATE, leo.userId())))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> permissions.revoke(notAdmin, id)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> permissions.grants(notAdmin, null, null, null)).isInstanceOf(ForbiddenException.class);
        }
        assertRefused(new NewModulePermissionGrant("perms.unknown", leo.userId(), null), "permission", "modulePermission.unknown");
        assertRefused(new NewModulePermissionGrant("MANAGE_USERS", leo.userId(), null), "permission", "modulePermission.unknown");
        assertRefused(new NewModulePermissionGrant("x".repeat(10_000), leo.userId(), null), "permission", "modulePermission.unknown");
        assertRefused(new NewModulePermissionGrant(" ", leo.userId(), null), "permission", "validation.required");
        assertRefused(null, "permission", "validation.required");
        assertRefused(new NewModulePermissionGrant(MODERATE, null, null), "userId", "modulePermission.grantee");
        assertRefused(new NewModulePermissionGrant(MODERATE, leo.userId(), "MEMBER"), "role", "modulePermission.grantee");
        assertRefused(new NewModulePermissionGrant(MODERATE, null, "KING"), "role", "modulePermission.unknownRole");
        assertRefused(new NewModulePermissionGrant(MODERATE, 999_999L, null), "userId", "modulePermission.unknownUser");
        assertThatThrownBy(() -> permissions.grants(admin, null, "KING", null)).isInstanceOf(InvalidInputException.class);

        assertThat(stored()).isEqualTo(1);
        assertThat(audited("user", leo.userId(), 0, 10)).isEmpty();
        assertThat(currentUser(leo).modulePermissions()).isEmpty();
    }

    @Test
    void the_ticks_of_the_user_administration_grant_what_is_missing_and_revoke_the_rest_of_what_modules_declare() {
        permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId()));
        sql().update("INSERT INTO module_permission_grants (id, permission_id, plugin_id, user_id, granted_by, granted_at)"
                + " VALUES (1, 'gone.old', 'gone', ?, 'admin', CURRENT_TIMESTAMP)", mia.userId());

        List<ModulePermissionGrantView> after = permissions.setHeld(admin, mia.userId(), null, java.util.Set.of(PUBLISH));

        assertThat(after).extracting(ModulePermissionGrantView::permission).as("a stopped module's grant stays")
                .containsExactly("gone.old", PUBLISH);
        assertThat(audited("user", mia.userId(), 0, 10)).extracting(AuditView::action, AuditView::details).containsExactly(
                tuple("modulePermission.granted", PUBLISH), tuple("modulePermission.revoked", MODERATE),
                tuple("modulePermission.granted", MODERATE));
        assertThat(permissions.setHeld(admin, null, "PARTNER", java.util.Set.of(MODERATE, PUBLISH))).hasSize(2);
        assertThat(permissions.setHeld(admin, null, "PARTNER", java.util.Set.of())).isEmpty();
        assertThatThrownBy(() -> permissions.setHeld(admin, null, "PARTNER", java.util.Set.of("perms.unknown")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("permissions"));
        assertThatThrownBy(() -> permissions.setHeld(mia, mia.userId(), null, java.util.Set.of(MODERATE)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(permissions.heldBy(mia)).containsExactlyInAnyOrder("gone.old", PUBLISH);
    }

    @Test
    void two_administrators_granting_the_same_at_the_same_moment_both_succeed_with_one_grant() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ModulePermissionService.Granted>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<ModulePermissionService.Granted> grant = () -> {
                    go.await();
                    return permissions.grant(admin, NewModulePermissionGrant.toRole(MODERATE, PlatformRole.PARTNER));
                };
                results.add(pool.submit(grant));
            }
            go.countDown();
            int created = 0;
            for (var result : results) {
                created += result.get().created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(stored()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- lifetime ---

    @Test
    void grants_survive_disable_upgrade_and_uninstall_without_purge_and_a_purge_removes_them() {
        permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId()));
        permissions.grant(admin, NewModulePermissionGrant.toRole(PUBLISH, PlatformRole.MEMBER));

        modules.disable(admin, "perms");
        assertThat(permissions.heldBy(mia)).containsExactlyInAnyOrder(MODERATE, PUBLISH);
        assertThat(permissions.grants(admin, null, null, null)).as("listed while nothing declares them").hasSize(2);
        modules.enable(admin, "perms");
        modules.upgrade(admin, "perms", "perms-2.jar", permsModule("2.0.0"), Optional.empty());
        assertThat(currentUser(mia).modulePermissions()).containsExactlyInAnyOrder(MODERATE, PUBLISH);
        modules.uninstall(admin, "perms", false, null);
        assertThat(stored()).isEqualTo(2);
        assertThat(permissions.mine(mia, Locale.ENGLISH)).as("named by their id while the module is gone")
                .extracting(DeclaredModulePermission::name).containsExactly(MODERATE, PUBLISH);

        modules.install(admin, "perms.jar", permsModule("2.0.0"), Optional.empty());
        assertThat(currentUser(mia).has(Permissions.MODERATE)).isTrue();
        modules.uninstall(admin, "perms", true, "perms");

        assertThat(stored()).isZero();
        assertThat(permissions.heldBy(mia)).isEmpty();
        assertThat(sql().rows("SELECT details FROM audit_entries WHERE action = 'module.uninstalled' ORDER BY id"))
                .extracting(r -> r.get("details"))
                .containsExactly("perms 2.0.0, data kept", "perms 2.0.0, data purged, 2 permission grants removed");
    }

    @Test
    void a_removed_account_takes_its_grants_with_it() {
        permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, leo.userId()));

        db.inTransaction(() -> db.em().remove(db.em().find(User.class, leo.userId())));

        assertThat(stored()).isZero();
    }

    // --- opening pages ---

    @Test
    void a_page_opens_for_its_platform_or_module_permission_and_an_unknown_name_opens_for_nobody() {
        permissions.grant(admin, NewModulePermissionGrant.toUser(MODERATE, mia.userId()));
        Optional<Actor> anonymous = Optional.empty();

        assertThat(permissions.allows(anonymous, NavigationEntry.PUBLIC)).isTrue();
        assertThat(permissions.allows(anonymous, null)).isFalse();
        assertThat(permissions.allows(anonymous, MODERATE)).isFalse();
        assertThat(permissions.allows(Optional.of(leo), null)).isTrue();
        assertThat(permissions.allows(Optional.of(mia), MODERATE)).isTrue();
        assertThat(permissions.allows(Optional.of(leo), MODERATE)).isFalse();
        assertThat(permissions.allows(Optional.of(admin), MODERATE)).isFalse();
        assertThat(permissions.allows(Optional.of(admin), "MANAGE_USERS")).isTrue();
        assertThat(permissions.allows(Optional.of(mia), "MANAGE_USERS")).isFalse();
        for (String unknown : List.of("NOPE", "manage_users", "", ".", "x.", ".x", "perms.unknown", "MANAGE_USERS ")) {
            assertThat(permissions.allows(Optional.of(admin), unknown)).as("'%s'", unknown).isFalse();
        }
    }

    // --- helpers ---

    private void assertRefused(NewModulePermissionGrant grant, String field, String code) {
        assertThatThrownBy(() -> permissions.grant(admin, grant)).as("%s", grant)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code).contains(tuple(field, code)));
    }

    /** What the running module sees as its current user when acting for {@code actor}. */
    private ModuleUser currentUser(Actor actor) {
        var context = modules.host().running("perms").orElseThrow().context();
        return ModuleCaller.as(Optional.of(actor), () -> context.currentUser().orElseThrow());
    }

    private List<AuditView> audited(String subjectType, long subjectId, int offset, int limit) {
        return db.inTransaction(() -> audit.ofSubject(subjectType, subjectId, offset, limit));
    }

    private long stored() {
        return sql().number("SELECT COUNT(*) FROM module_permission_grants");
    }

    private Actor user(String username, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, username,
                username + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }
}
