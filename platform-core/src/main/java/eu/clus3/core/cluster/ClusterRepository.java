package eu.clus3.core.cluster;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Clusters, memberships and logos in the platform database; calls run in the caller's transaction. */
@ApplicationScoped
public class ClusterRepository {

    private Database db;

    protected ClusterRepository() {
        // for CDI proxies
    }

    @Inject
    public ClusterRepository(Database db) {
        this.db = db;
    }

    public Optional<Cluster> find(long id) {
        return Optional.ofNullable(db.em().find(Cluster.class, id));
    }

    public Optional<Cluster> findBySlug(String slug) {
        return db.em().createQuery("SELECT c FROM Cluster c WHERE c.slug = :s", Cluster.class)
                .setParameter("s", slug).getResultStream().findFirst();
    }

    /** The names of the clusters with these slugs (unknown slugs are left out), in one query. */
    public java.util.Map<String, String> namesBySlug(java.util.Set<String> slugs) {
        return db.em().createQuery("SELECT c.slug, c.name FROM Cluster c WHERE c.slug IN :slugs", Object[].class)
                .setParameter("slugs", slugs).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
    }

    public boolean nameTaken(String name, Long exceptId) {
        return db.em().createQuery("SELECT COUNT(c) FROM Cluster c WHERE c.nameKey = :k AND c.id <> :id", Long.class)
                .setParameter("k", Cluster.nameKey(name)).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    public boolean slugTaken(String slug) {
        return db.em().createQuery("SELECT COUNT(c) FROM Cluster c WHERE c.slug = :s", Long.class)
                .setParameter("s", slug).getSingleResult() > 0;
    }

    public Cluster add(Cluster cluster) {
        db.em().persist(cluster);
        return cluster;
    }

    /** One page of the directory and the total, for clusters visible under {@code publicOnly}. */
    public List<Cluster> search(ClusterFilter filter, boolean publicOnly, int offset, int limit) {
        String order = switch (filter.sort() == null ? ClusterFilter.Sort.NAME : filter.sort()) {
            case NAME -> "c.nameKey";
            case REGION -> "c.regionName, c.nameKey";
            case FOUNDING_YEAR -> "c.foundingYear NULLS LAST, c.nameKey"; // the same order on H2 and PostgreSQL
            case NEWEST -> "c.createdAt DESC, c.id DESC";
        };
        TypedQuery<Cluster> q = db.em().createQuery("SELECT DISTINCT c FROM Cluster c" + where(filter, publicOnly)
                + " ORDER BY " + order, Cluster.class);
        bind(q, filter, publicOnly);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(ClusterFilter filter, boolean publicOnly) {
        TypedQuery<Long> q = db.em().createQuery("SELECT COUNT(DISTINCT c) FROM Cluster c" + where(filter, publicOnly),
                Long.class);
        bind(q, filter, publicOnly);
        return q.getSingleResult();
    }

    private static String where(ClusterFilter f, boolean publicOnly) {
        StringBuilder w = new StringBuilder(f.s3Area() != null ? " JOIN c.s3Areas a WHERE 1 = 1" : " WHERE 1 = 1");
        if (publicOnly) {
            w.append(" AND c.visibility = :vis");
        }
        if (f.text() != null && !f.text().isBlank()) {
            w.append(" AND (c.nameKey LIKE :text ESCAPE '\\' OR LOWER(c.regionName) LIKE :text ESCAPE '\\')");
        }
        if (f.nutsPrefix() != null && !f.nutsPrefix().isBlank()) {
            w.append(" AND c.nutsCode LIKE :nuts");
        }
        if (f.portfolio() != null) {
            w.append(" AND c.portfolio = :portfolio");
        }
        if (f.s3Area() != null) {
            w.append(" AND a = :s3");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, ClusterFilter f, boolean publicOnly) {
        if (publicOnly) {
            q.setParameter("vis", ClusterVisibility.PUBLIC);
        }
        if (f.text() != null && !f.text().isBlank()) {
            String escaped = f.text().trim().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%");
        }
        if (f.nutsPrefix() != null && !f.nutsPrefix().isBlank()) {
            q.setParameter("nuts", f.nutsPrefix().trim().toUpperCase(java.util.Locale.ROOT)
                    .replaceAll("[^A-Z0-9]", "") + "%");
        }
        if (f.portfolio() != null) {
            q.setParameter("portfolio", f.portfolio());
        }
        if (f.s3Area() != null) {
            q.setParameter("s3", f.s3Area());
        }
    }

    // --- memberships ---

    public List<ClusterMembership> memberships(long clusterId) {
        return db.em().createQuery("SELECT m FROM ClusterMembership m WHERE m.cluster.id = :c"
                        + " ORDER BY m.role, m.user.displayName", ClusterMembership.class)
                .setParameter("c", clusterId).getResultList();
    }

    public List<ClusterMembership> membershipsOf(long userId) {
        return db.em().createQuery("SELECT m FROM ClusterMembership m WHERE m.user.id = :u ORDER BY m.cluster.nameKey",
                        ClusterMembership.class)
                .setParameter("u", userId).getResultList();
    }

    public Optional<ClusterMembership> membership(long clusterId, long userId) {
        return db.em().createQuery("SELECT m FROM ClusterMembership m WHERE m.cluster.id = :c AND m.user.id = :u",
                        ClusterMembership.class)
                .setParameter("c", clusterId).setParameter("u", userId).getResultStream().findFirst();
    }

    public Optional<ClusterMembership> findMembership(long id) {
        return Optional.ofNullable(db.em().find(ClusterMembership.class, id));
    }

    public long countWithRole(long clusterId, ClusterRole role) {
        return db.em().createQuery("SELECT COUNT(m) FROM ClusterMembership m WHERE m.cluster.id = :c AND m.role = :r",
                        Long.class)
                .setParameter("c", clusterId).setParameter("r", role).getSingleResult();
    }

    public ClusterMembership add(ClusterMembership membership) {
        db.em().persist(membership);
        return membership;
    }

    public void remove(ClusterMembership membership) {
        db.em().remove(membership);
    }

    // --- logos ---

    public Optional<ClusterLogo> logo(long clusterId) {
        return Optional.ofNullable(db.em().find(ClusterLogo.class, clusterId));
    }

    public void saveLogo(ClusterLogo logo) {
        db.em().persist(logo);
    }
}
