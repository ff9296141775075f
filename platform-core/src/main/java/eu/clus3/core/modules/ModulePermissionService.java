package eu.clus3.core.modules;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Validator;
import eu.clus3.plugin.api.ModulePermission;
import eu.clus3.plugin.api.NavigationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Modules' own permissions ({@link ModulePermission}): what running modules declare, and their grants to people and
 * to platform roles. Only administrators ({@link Permission#MANAGE_USERS}) see and change grants; every grant and
 * revoke is audited. A person holds their own grants and their role's, whatever runs: a disabled or uninstalled
 * (not purged) module's grants count again when it runs again.
 */
@ApplicationScoped
public class ModulePermissionService {

    private static final Logger LOG = Logger.getLogger(ModulePermissionService.class.getName());
    /** Audit subject of a grant to a role (grants to a person are recorded on the person's account). */
    static final String ROLE_GRANT_SUBJECT = "modulePermissionGrant";

    private Database db;
    private ModuleService modules;
    private AuditTrail audit;
    private Clock clock;

    protected ModulePermissionService() {
        // for CDI proxies
    }

    @Inject
    public ModulePermissionService(Database db, ModuleService modules, AuditTrail audit, Clock clock) {
        this.db = db;
        this.modules = modules;
        this.audit = audit;
        this.clock = clock;
    }

    // --- what people hold ----------------------------------------------------------------------

    /** The ids of the module permissions the actor holds (their own grants and their role's). */
    public Set<String> heldBy(Actor actor) {
        return modules.grants().heldBy(actor);
    }

    /** The actor's own module permissions, named in {@code locale} where a running module declares them. */
    public List<DeclaredModulePermission> mine(Actor actor, Locale locale) {
        Map<String, DeclaredModulePermission> declared = declaredById(locale);
        return heldBy(actor).stream().sorted()
                .map(id -> declared.getOrDefault(id, new DeclaredModulePermission(id, moduleOf(id), id, "")))
                .toList();
    }

    /**
     * Whether someone may open a page or navigation entry that asks for {@code permission}: {@code null} (every
     * signed-in person), {@link NavigationEntry#PUBLIC} (everyone), a platform permission's name, or a module
     * permission's id (with a dot). A name that is none of these opens for nobody: a module's typing mistake hides
     * its page, it never breaks navigation.
     */
    public boolean allows(Optional<Actor> actor, String permission) {
        if (NavigationEntry.PUBLIC.equals(permission)) {
            return true;
        }
        if (actor.isEmpty()) {
            return false;
        }
        if (permission == null) {
            return true;
        }
        if (permission.indexOf('.') > 0) {
            return heldBy(actor.get()).contains(permission);
        }
        return Arrays.stream(Permission.values()).anyMatch(p -> p.name().equals(permission) && actor.get().can(p));
    }

    // --- what administrators see ---------------------------------------------------------------

    /** The permissions running modules declare, named in {@code locale}, by module and id. */
    public List<DeclaredModulePermission> declared(Actor actor, Locale locale) {
        actor.require(Permission.MANAGE_USERS);
        return List.copyOf(declaredById(locale).values());
    }

    /**
     * The declared permissions and the grants; each filter narrows the grants ({@code null}: any): to one person,
     * to one role (a {@link PlatformRole} name), of one permission.
     */
    public ModulePermissionOverview overview(Actor actor, Locale locale, Long userId, String role, String permission) {
        actor.require(Permission.MANAGE_USERS);
        return new ModulePermissionOverview(declared(actor, locale), grants(actor, userId, role, permission));
    }

    /** Grants (to a person, to a role, of a permission: {@code null} for any), by permission, roles before people. */
    public List<ModulePermissionGrantView> grants(Actor actor, Long userId, String role, String permission) {
        actor.require(Permission.MANAGE_USERS);
        PlatformRole platformRole = role == null || role.isBlank() ? null : role(role);
        return db.inTransaction(() -> views(modules.grants().find(userId, platformRole,
                permission == null || permission.isBlank() ? null : permission.trim())));
    }

    // --- granting ------------------------------------------------------------------------------

    /** A grant and whether it was made now ({@code false}: it existed already and nothing changed). */
    public record Granted(ModulePermissionGrantView grant, boolean created) {
    }

    /**
     * Grants a permission that a running module declares to a person or to a platform role. Granting what is granted
     * already changes nothing and answers the existing grant.
     */
    public Granted grant(Actor actor, NewModulePermissionGrant input) {
        actor.require(Permission.MANAGE_USERS);
        NewModulePermissionGrant in = input == null ? new NewModulePermissionGrant(null, null, null) : input;
        String permissionId = in.permission() == null ? null : in.permission().trim();
        Validator v = new Validator().required("permission", permissionId);
        v.check(permissionId == null || permissionId.isEmpty() || declaredIds().contains(permissionId), "permission",
                "modulePermission.unknown", "No running module declares the permission '" + shortened(permissionId) + "'");
        Grantee grantee = grantee(v, in.userId(), in.role());
        v.throwIfInvalid();
        try {
            return db.inTransaction(() -> {
                requireKnown(grantee);
                Optional<ModulePermissionGrant> existing = modules.grants()
                        .find(grantee.userId(), grantee.role(), permissionId).stream().findFirst();
                if (existing.isPresent()) {
                    return new Granted(views(List.of(existing.get())).get(0), false);
                }
                return new Granted(views(List.of(add(actor, permissionId, grantee))).get(0), true);
            });
        } catch (ConflictException e) {
            if (!"error.duplicate".equals(e.code())) {
                throw e;
            }
            // granted by someone else at the same moment: the grant exists, which is what was asked
            return db.inTransaction(() -> new Granted(views(modules.grants()
                    .find(grantee.userId(), grantee.role(), permissionId)).get(0), false));
        } finally {
            modules.grants().changed();
        }
    }

    /** Takes a grant back. */
    public void revoke(Actor actor, long grantId) {
        actor.require(Permission.MANAGE_USERS);
        try {
            db.inTransaction(() -> remove(actor, modules.grants().byId(grantId)
                    .orElseThrow(() -> new NotFoundException("Module permission grant", grantId))));
        } finally {
            modules.grants().changed();
        }
    }

    /**
     * Makes a person ({@code userId}) or a platform role ({@code role}) hold exactly {@code permissionIds} of the
     * permissions running modules declare: what is missing is granted, the rest revoked, in one transaction, each
     * change audited (the ticks of the user administration). Grants of permissions that no running module declares
     * now are left as they are. Answers the grantee's grants afterwards.
     */
    public List<ModulePermissionGrantView> setHeld(Actor actor, Long userId, String role, Set<String> permissionIds) {
        actor.require(Permission.MANAGE_USERS);
        Set<String> declared = declaredIds();
        Set<String> wanted = permissionIds == null ? Set.of()
                : permissionIds.stream().filter(java.util.Objects::nonNull).map(String::trim).collect(Collectors.toSet());
        Validator v = new Validator();
        wanted.stream().filter(id -> !declared.contains(id)).findFirst().ifPresent(id -> v.check(false, "permissions",
                "modulePermission.unknown", "No running module declares the permission '" + shortened(id) + "'"));
        Grantee grantee = grantee(v, userId, role);
        v.throwIfInvalid();
        try {
            return db.inTransaction(() -> {
                requireKnown(grantee);
                List<ModulePermissionGrant> existing = modules.grants().find(grantee.userId(), grantee.role(), null);
                Set<String> held = existing.stream().map(ModulePermissionGrant::getPermissionId).collect(Collectors.toSet());
                for (ModulePermissionGrant g : existing) {
                    if (declared.contains(g.getPermissionId()) && !wanted.contains(g.getPermissionId())) {
                        remove(actor, g);
                    }
                }
                wanted.stream().filter(id -> !held.contains(id)).sorted().forEach(id -> add(actor, id, grantee));
                db.em().flush();
                return views(modules.grants().find(grantee.userId(), grantee.role(), null));
            });
        } finally {
            modules.grants().changed();
        }
    }

    /** Who a grant goes to: a person or a platform role, exactly one. */
    private record Grantee(Long userId, PlatformRole role) {
    }

    /** Checks the grantee as typed; {@code null} when the validator holds why not. */
    private static Grantee grantee(Validator v, Long userId, String roleName) {
        boolean toRole = roleName != null && !roleName.isBlank();
        v.check(userId != null || toRole, "userId", "modulePermission.grantee",
                "Give the person (userId) or the platform role (role) to grant it to");
        v.check(userId == null || !toRole, "role", "modulePermission.grantee",
                "Give either a person (userId) or a platform role (role), not both");
        PlatformRole role = toRole ? Arrays.stream(PlatformRole.values()).filter(r -> r.name().equals(roleName.trim()))
                .findFirst().orElse(null) : null;
        v.check(!toRole || role != null, "role", "modulePermission.unknownRole",
                "role must be one of " + Arrays.toString(PlatformRole.values()));
        return toRole ? new Grantee(null, role) : new Grantee(userId, null);
    }

    /** In the transaction: a person must exist (roles always do). */
    private void requireKnown(Grantee grantee) {
        if (grantee.userId() != null && db.em().find(User.class, grantee.userId()) == null) {
            throw InvalidInputException.of("userId", "modulePermission.unknownUser", "No person has the id " + grantee.userId());
        }
    }

    private ModulePermissionGrant add(Actor actor, String permissionId, Grantee grantee) {
        ModulePermissionGrant grant = new ModulePermissionGrant(permissionId, moduleOf(permissionId), grantee.userId(),
                grantee.role(), actor.username(), clock.instant());
        db.em().persist(grant);
        db.em().flush();
        record(actor, grant, "modulePermission.granted");
        return grant;
    }

    private void remove(Actor actor, ModulePermissionGrant grant) {
        record(actor, grant, "modulePermission.revoked");
        db.em().remove(grant);
    }

    private void record(Actor actor, ModulePermissionGrant grant, String action) {
        if (grant.getUserId() != null) {
            audit.record(actor, "user", grant.getUserId(), null, action, grant.getPermissionId());
        } else {
            audit.record(actor, ROLE_GRANT_SUBJECT, grant.getId(), null, action,
                    grant.getPermissionId() + " to role " + grant.getRole().name());
        }
        LOG.info(() -> action.substring(action.indexOf('.') + 1) + " " + grant.getPermissionId() + " "
                + (grant.getUserId() != null ? "user " + grant.getUserId() : "role " + grant.getRole()) + " by "
                + actor.username());
    }

    // --- helpers -------------------------------------------------------------------------------

    private Set<String> declaredIds() {
        return modules.host().runningModules().stream().flatMap(m -> m.permissions().stream())
                .map(ModulePermission::id).collect(Collectors.toSet());
    }

    private Map<String, DeclaredModulePermission> declaredById(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return modules.host().runningModules().stream()
                .flatMap(m -> m.permissions().stream().map(p -> named(m, p, l)))
                .sorted(Comparator.comparing(DeclaredModulePermission::moduleId).thenComparing(DeclaredModulePermission::id))
                .collect(Collectors.toMap(DeclaredModulePermission::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static DeclaredModulePermission named(RunningModule module, ModulePermission p, Locale locale) {
        String name = module.context().message(locale, p.nameKey());
        String description = module.context().message(locale, p.descriptionKey());
        return new DeclaredModulePermission(p.id(), module.id(), name.startsWith("!") ? p.id() : name,
                description.startsWith("!") ? "" : description);
    }

    /** Views of grants with the people's names, read in the caller's transaction; roles first, then people by name. */
    private List<ModulePermissionGrantView> views(List<ModulePermissionGrant> grants) {
        List<Long> userIds = grants.stream().map(ModulePermissionGrant::getUserId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<Long, User> people = userIds.isEmpty() ? Map.of() : db.em()
                .createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class).setParameter("ids", userIds)
                .getResultList().stream().collect(Collectors.toMap(User::getId, Function.identity()));
        return grants.stream().map(g -> {
            User u = g.getUserId() == null ? null : people.get(g.getUserId());
            return new ModulePermissionGrantView(g.getId(), g.getPermissionId(), g.getPluginId(), g.getUserId(),
                    u == null ? null : u.getUsername(), u == null ? null : u.getDisplayName(), g.getRole(),
                    g.getGrantedBy(), g.getGrantedAt());
        }).sorted(Comparator.comparing(ModulePermissionGrantView::permission)
                .thenComparing(v -> v.role() == null ? Integer.MAX_VALUE : v.role().ordinal())
                .thenComparing(v -> v.username() == null ? "" : v.username())).toList();
    }

    /** A role named in a filter. */
    private static PlatformRole role(String name) {
        return Arrays.stream(PlatformRole.values()).filter(r -> r.name().equals(name.trim())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("role", "modulePermission.unknownRole",
                        "role must be one of " + Arrays.toString(PlatformRole.values())));
    }

    private static String moduleOf(String permissionId) {
        int dot = permissionId.indexOf('.');
        return dot > 0 ? permissionId.substring(0, dot) : permissionId;
    }

    /** Typed input repeated in a message, cut so an answer never grows with it. */
    private static String shortened(String text) {
        return text == null ? "" : text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
