package eu.clus3.core.modules;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stored grants of modules' permissions ({@link ModulePermissionGrant}), and what each person holds: their own
 * grants and their platform role's. {@code ModuleContext.currentUser()} asks on every module request, so answers are
 * kept per person and role until a grant or revoke on this node (which counts a new generation; an answer of an
 * older generation is never used, even one a reader stored just after the change) or for {@link #FRESH_FOR}.
 * Several nodes: a change on another node reaches this one within {@link #FRESH_FOR}; an invalidation message over
 * the data grid (Payara's Hazelcast topic) would make it immediate.
 */
public final class ModuleGrants {

    /** How long an answer is used at most: the delay before another node's grant or revoke counts here. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final int MAX_CACHED = 10_000;

    private record Held(long generation, long readAt, Set<String> permissions) {
    }

    private final Database db;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Held> cache = new ConcurrentHashMap<>();

    ModuleGrants(Database db) {
        this.db = db;
    }

    /** The ids of the module permissions granted to the actor or to their platform role. */
    Set<String> heldBy(Actor actor) {
        String key = actor.userId() + ":" + actor.role().name();
        long current = generation.get();
        long now = System.nanoTime();
        Held held = cache.get(key);
        if (held != null && held.generation() == current && now - held.readAt() < FRESH_FOR.toNanos()) {
            return held.permissions();
        }
        Set<String> permissions = Set.copyOf(db.inTransaction(() -> db.em().createQuery(
                        "SELECT DISTINCT g.permissionId FROM ModulePermissionGrant g WHERE g.userId = :u OR g.role = :r",
                        String.class)
                .setParameter("u", actor.userId()).setParameter("r", actor.role()).getResultList()));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Held(current, now, permissions));
        return permissions;
    }

    /** After a committed grant, revoke or purge: every answer given so far is old. */
    void changed() {
        generation.incrementAndGet();
    }

    // --- inside the caller's transaction ------------------------------------------------------

    /** The grants matching every condition given ({@code null}: any), by permission, oldest first. */
    List<ModulePermissionGrant> find(Long userId, PlatformRole role, String permissionId) {
        // Only the conditions given: PostgreSQL cannot type a null parameter in ":x IS NULL OR ...".
        StringBuilder jpql = new StringBuilder("SELECT g FROM ModulePermissionGrant g WHERE 1 = 1");
        if (userId != null) {
            jpql.append(" AND g.userId = :u");
        }
        if (role != null) {
            jpql.append(" AND g.role = :r");
        }
        if (permissionId != null) {
            jpql.append(" AND g.permissionId = :p");
        }
        var query = db.em().createQuery(jpql.append(" ORDER BY g.permissionId, g.id").toString(),
                ModulePermissionGrant.class);
        if (userId != null) {
            query.setParameter("u", userId);
        }
        if (role != null) {
            query.setParameter("r", role);
        }
        if (permissionId != null) {
            query.setParameter("p", permissionId);
        }
        return query.getResultList();
    }

    Optional<ModulePermissionGrant> byId(long id) {
        return Optional.ofNullable(db.em().find(ModulePermissionGrant.class, id));
    }

    /** Deletes every grant of the module's permissions; returns how many there were. */
    int purge(String moduleId) {
        return db.em().createQuery("DELETE FROM ModulePermissionGrant g WHERE g.pluginId = :m")
                .setParameter("m", moduleId).executeUpdate();
    }
}
