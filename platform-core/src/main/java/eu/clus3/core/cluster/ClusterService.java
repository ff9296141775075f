package eu.clus3.core.cluster;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.audit.AuditView;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.PersonSearchSource;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.Markdown;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Cluster profiles, the directory and each cluster's people. The rules:
 * public profiles are seen by everyone, the others by signed-in users; regional staff and
 * administrators create clusters and edit any; a cluster's managers edit its profile and manage its
 * people; a cluster's people are seen by its members, staff and managers and by regional staff;
 * the audit trail by the cluster's managers and administrators.
 */
@ApplicationScoped
public class ClusterService {

    private Database db;
    private ClusterRepository clusters;
    private UserRepository users;
    private AuditTrail audit;
    private Clock clock;
    private SearchOutbox search;

    protected ClusterService() {
        // for CDI proxies
    }

    @Inject
    public ClusterService(Database db, ClusterRepository clusters, UserRepository users, AuditTrail audit, Clock clock,
                          SearchOutbox search) {
        this.db = db;
        this.search = search;
        this.clusters = clusters;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading ---

    public Page<ClusterSummary> directory(Optional<Actor> viewer, ClusterFilter filter, PageRequest page) {
        boolean publicOnly = viewer.isEmpty();
        return db.inTransaction(() -> new Page<>(
                clusters.search(filter, publicOnly, page.offset(), page.size()).stream().map(ClusterService::summary).toList(),
                page.page(), page.size(), clusters.count(filter, publicOnly)));
    }

    public ClusterDetails get(Optional<Actor> viewer, long id) {
        return db.inTransaction(() -> details(viewer, visible(viewer, id)));
    }

    public ClusterDetails getBySlug(Optional<Actor> viewer, String slug) {
        return db.inTransaction(() -> {
            Cluster c = clusters.findBySlug(slug).orElseThrow(() -> new NotFoundException("Cluster", slug));
            return details(viewer, visible(viewer, c.getId()));
        });
    }

    /** The clusters the actor belongs to, with their role in each. */
    public List<MembershipView> myClusters(Actor actor) {
        return db.inTransaction(() -> clusters.membershipsOf(actor.userId()).stream().map(MembershipView::of).toList());
    }

    /** The clusters someone belongs to, for their profile page: seen by themselves and by whoever sees the directory. */
    public List<MembershipView> clustersOf(Actor viewer, long userId) {
        if (viewer.userId() != userId) {
            viewer.require(Permission.SEE_USER_DIRECTORY);
        }
        return db.inTransaction(() -> clusters.membershipsOf(userId).stream().map(MembershipView::of).toList());
    }

    // --- writing the profile ---

    public ClusterDetails create(Actor actor, ClusterProfileData input) {
        actor.require(Permission.MANAGE_CLUSTERS);
        ClusterProfileData data = validated(input, null);
        return db.inTransaction(() -> {
            requireFreeName(data.name(), null);
            Cluster cluster = clusters.add(new Cluster(uniqueSlug(data.name()), data, clock.instant()));
            db.em().flush();
            search.changed(ClusterSearchSource.KIND, String.valueOf(cluster.getId()));
            audit.record(actor, "cluster", cluster.getId(), cluster.getId(), "cluster.created", cluster.getName());
            return details(Optional.of(actor), cluster);
        });
    }

    /** Saves an edit made from {@code version}; a stale version is refused with the current one. */
    public ClusterDetails update(Actor actor, long id, Long version, ClusterProfileData input) {
        new Validator().check(version != null, "version", "validation.required",
                "version is required (the version of the profile you edited)").throwIfInvalid();
        return db.inTransaction(() -> {
            Cluster cluster = visible(Optional.of(actor), id);
            requireManager(actor, cluster);
            if (cluster.getVersion() != version) {
                throw ConflictException.staleVersion("The profile of " + cluster.getName(), cluster.getVersion());
            }
            // A client that leaves visibility out keeps the current one rather than making the profile public.
            ClusterProfileData data = validated(input == null || input.visibility() != null ? input
                    : withVisibility(input, cluster.getVisibility()), id);
            requireFreeName(data.name(), id);
            List<String> changed = changedFields(cluster.profile(), data);
            if (changed.isEmpty()) {
                return details(Optional.of(actor), cluster);
            }
            boolean renamed = !cluster.getName().equals(data.name());
            cluster.apply(data, clock.instant());
            db.em().flush();
            search.changed(ClusterSearchSource.KIND, String.valueOf(id));
            if (renamed) { // people's documents name their clusters
                clusters.memberships(id).forEach(m -> personChanged(m.getUser()));
            }
            audit.record(actor, "cluster", id, id, "cluster.updated", "changed: " + String.join(", ", changed));
            return details(Optional.of(actor), cluster);
        });
    }

    public void setLogo(Actor actor, long id, byte[] upload) {
        // Permission first: nobody without the right makes the server decode an image.
        db.inTransaction(() -> requireManager(actor, visible(Optional.of(actor), id)));
        byte[] png = LogoImage.normalise(upload);
        db.inTransaction(() -> {
            Cluster cluster = visible(Optional.of(actor), id);
            requireManager(actor, cluster);
            clusters.logo(id).ifPresentOrElse(
                    logo -> logo.replace(LogoImage.CONTENT_TYPE, png, clock.instant()),
                    () -> clusters.saveLogo(new ClusterLogo(id, LogoImage.CONTENT_TYPE, png, clock.instant())));
            audit.record(actor, "cluster", id, id, "cluster.logo", png.length + " bytes");
        });
    }

    public Optional<ClusterLogo> logo(Optional<Actor> viewer, long id) {
        return db.inTransaction(() -> {
            visible(viewer, id);
            return clusters.logo(id);
        });
    }

    // --- people ---

    public List<MembershipView> people(Actor actor, long clusterId) {
        return db.inTransaction(() -> {
            Cluster cluster = visible(Optional.of(actor), clusterId);
            if (!permissions(Optional.of(actor), cluster).seePeople()) {
                throw new ForbiddenException("Only the cluster's people and regional staff see who belongs to it");
            }
            return clusters.memberships(clusterId).stream().map(MembershipView::of)
                    .sorted(java.util.Comparator.comparing(MembershipView::role)
                            .thenComparing(MembershipView::displayName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    public MembershipView addPerson(Actor actor, long clusterId, String username, ClusterRole role) {
        new Validator().required("username", username)
                .check(role != null, "role", "validation.required", "role is required").throwIfInvalid();
        return db.inTransaction(() -> {
            Cluster cluster = visible(Optional.of(actor), clusterId);
            requireManager(actor, cluster);
            User user = users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInputException(List.of(new FieldError(
                            "username", "validation.unknownUser", "no user with this name"))));
            if (!user.isActive()) {
                throw InvalidInputException.of("username", "validation.inactiveUser", user.getUsername()
                        + "'s account is deactivated");
            }
            if (clusters.membership(clusterId, user.getId()).isPresent()) {
                throw InvalidInputException.of("username", "validation.alreadyMember",
                        user.getUsername() + " already belongs to this cluster");
            }
            ClusterMembership m = clusters.add(new ClusterMembership(cluster, user, role, clock.instant()));
            db.em().flush();
            personChanged(user);
            audit.record(actor, "membership", m.getId(), clusterId, "membership.added", user.getUsername() + " as " + role);
            return MembershipView.of(m);
        });
    }

    public MembershipView changeRole(Actor actor, long clusterId, long membershipId, ClusterRole role) {
        new Validator().check(role != null, "role", "validation.required", "role is required").throwIfInvalid();
        return db.inTransaction(() -> {
            ClusterMembership m = membershipOf(actor, clusterId, membershipId);
            if (m.getRole() == ClusterRole.MANAGER && role != ClusterRole.MANAGER) {
                requireAnotherManager(actor, clusterId);
            }
            ClusterRole before = m.getRole();
            m.setRole(role);
            db.em().flush();
            personChanged(m.getUser());
            audit.record(actor, "membership", membershipId, clusterId, "membership.role",
                    m.getUser().getUsername() + ": " + before + " -> " + role);
            return MembershipView.of(m);
        });
    }

    public void removePerson(Actor actor, long clusterId, long membershipId) {
        db.inTransaction(() -> {
            ClusterMembership m = membershipOf(actor, clusterId, membershipId);
            if (m.getRole() == ClusterRole.MANAGER) {
                requireAnotherManager(actor, clusterId);
            }
            clusters.remove(m);
            personChanged(m.getUser());
            audit.record(actor, "membership", membershipId, clusterId, "membership.removed",
                    m.getUser().getUsername() + " (" + m.getRole() + ")");
        });
    }

    public List<AuditView> auditTrail(Actor actor, long clusterId, PageRequest page) {
        return db.inTransaction(() -> {
            Cluster cluster = visible(Optional.of(actor), clusterId);
            if (!permissions(Optional.of(actor), cluster).seeAudit()) {
                throw new ForbiddenException("Only the cluster's managers and administrators see its audit trail");
            }
            return audit.ofCluster(clusterId, page.offset(), page.size());
        });
    }

    /** For flows acting on a cluster's people (invitations): fails unless the actor manages them. */
    public String requireManagesPeople(Actor actor, long clusterId) {
        return db.inTransaction(() -> {
            Cluster cluster = visible(Optional.of(actor), clusterId);
            requireManager(actor, cluster);
            return cluster.getName();
        });
    }

    /** The name of a cluster, for messages about it (invitations show where they lead). */
    public Optional<String> nameOf(long clusterId) {
        return db.inTransaction(() -> clusters.find(clusterId).map(Cluster::getName));
    }

    private void personChanged(User user) {
        search.changed(PersonSearchSource.KIND, String.valueOf(user.getId()));
    }

    // --- rules ---

    /** The cluster, if the viewer may see it; a hidden one answers as if it did not exist. */
    private Cluster visible(Optional<Actor> viewer, long id) {
        Cluster c = clusters.find(id).orElseThrow(() -> new NotFoundException("Cluster", id));
        if (c.getVisibility() != ClusterVisibility.PUBLIC && viewer.isEmpty()) {
            throw new NotFoundException("Cluster", id);
        }
        return c;
    }

    ClusterPermissions permissions(Optional<Actor> viewer, Cluster cluster) {
        if (viewer.isEmpty()) {
            return new ClusterPermissions(false, false, false, false);
        }
        Actor a = viewer.get();
        Optional<ClusterRole> role = clusters.membership(cluster.getId(), a.userId()).map(ClusterMembership::getRole);
        boolean manages = a.can(Permission.MANAGE_CLUSTERS) || role.orElse(null) == ClusterRole.MANAGER;
        boolean seesPeople = manages || role.isPresent() || a.can(Permission.SEE_ALL_CLUSTERS);
        boolean seesAudit = a.can(Permission.SEE_AUDIT) || role.orElse(null) == ClusterRole.MANAGER;
        return new ClusterPermissions(manages, seesPeople, manages, seesAudit);
    }

    private void requireManager(Actor actor, Cluster cluster) {
        if (!permissions(Optional.of(actor), cluster).edit()) {
            throw new ForbiddenException("Only the cluster's managers and regional staff may change " + cluster.getName());
        }
    }

    private void requireAnotherManager(Actor actor, long clusterId) {
        if (clusters.countWithRole(clusterId, ClusterRole.MANAGER) <= 1 && !actor.can(Permission.MANAGE_CLUSTERS)) {
            throw new ConflictException("error.lastManager", "A cluster keeps at least one manager", null);
        }
    }

    private ClusterMembership membershipOf(Actor actor, long clusterId, long membershipId) {
        Cluster cluster = visible(Optional.of(actor), clusterId);
        requireManager(actor, cluster);
        ClusterMembership m = clusters.findMembership(membershipId)
                .filter(x -> x.getCluster().getId() == clusterId)
                .orElseThrow(() -> new NotFoundException("Membership", membershipId));
        return m;
    }

    private void requireFreeName(String name, Long exceptId) {
        if (clusters.nameTaken(name, exceptId)) {
            throw InvalidInputException.of("name", "validation.clusterNameTaken",
                    "a cluster with this name exists already");
        }
    }

    private ClusterDetails details(Optional<Actor> viewer, Cluster c) {
        ClusterProfileData profile = c.profile();
        return new ClusterDetails(c.getId(), c.getSlug(), profile, Markdown.toSafeHtml(profile.description()),
                Eligibility.of(profile), clusters.logo(c.getId()).isPresent(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getVersion(), permissions(viewer, c));
    }

    private static ClusterSummary summary(Cluster c) {
        return new ClusterSummary(c.getId(), c.getSlug(), c.getName(), c.getNutsCode(), c.getRegionName(),
                c.getPortfolio(), java.util.Set.copyOf(c.getS3Areas()), c.getFoundingYear(), c.committedTotal(),
                c.getVisibility());
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "cluster";
        }
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String slug = base;
        for (int i = 2; clusters.slugTaken(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static List<String> changedFields(ClusterProfileData before, ClusterProfileData after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : ClusterProfileData.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    changed.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    /** Checks and normalises a profile; every problem is reported at once with its field. */
    ClusterProfileData validated(ClusterProfileData in, Long id) {
        if (in == null) {
            throw InvalidInputException.of("name", "validation.required", "name is required");
        }
        String nuts = in.nutsCode() == null ? null : in.nutsCode().trim().toUpperCase(Locale.ROOT);
        String region = NutsRegions.name(nuts == null ? "" : nuts).orElse(trimToNull(in.regionName()));
        Validator v = new Validator()
                .required("name", in.name()).maxLength("name", in.name(), 200)
                .maxLength("legalForm", in.legalForm(), 100)
                .required("nutsCode", nuts)
                .check(nuts == null || nuts.isEmpty() || NutsRegions.isWellFormed(nuts), "nutsCode", "validation.nuts",
                        "not a NUTS code (two letters of a European country, then up to three letters or digits)")
                .required("regionName", region).maxLength("regionName", region, 120)
                .check(in.portfolio() != null, "portfolio", "validation.required", "portfolio is required")
                .range("foundingYear", in.foundingYear(), 1900, java.time.Year.now(clock).getValue())
                .maxLength("website", in.website(), 300)
                .check(in.website() == null || in.website().isBlank()
                                || in.website().trim().matches("(?i)^https?://[^\\s/$.?#][^\\s]*$"),
                        "website", "validation.url", "website must be an http(s) address")
                .maxLength("description", in.description(), 20_000)
                .email("contactEmail", trimToNull(in.contactEmail())).maxLength("contactEmail", in.contactEmail(), 254)
                .check(in.contactPhone() == null || in.contactPhone().isBlank()
                                || in.contactPhone().trim().matches("^[+0-9 ()./-]{5,40}$"),
                        "contactPhone", "validation.phone", "not a phone number")
                .check(in.managementFte() != null, "managementFte", "validation.required",
                        "management staff (FTE) is required")
                .check(in.managementFte() == null || (in.managementFte().signum() >= 0
                                && in.managementFte().compareTo(java.math.BigDecimal.valueOf(1000)) <= 0
                                && in.managementFte().scale() <= 2),
                        "managementFte", "validation.fte", "between 0 and 1000, at most two decimals");
        in.committedMembers().forEach((category, count) -> v.check(category != null && count != null && count >= 0
                        && count <= 1_000_000, "committedMembers." + category, "validation.count",
                "a count between 0 and 1,000,000"));
        v.throwIfInvalid();
        // A zero count is no count: stored profiles hold none, so "SME: 0" must not read as a change.
        java.util.Map<MemberCategory, Integer> counts = new java.util.EnumMap<>(MemberCategory.class);
        in.committedMembers().forEach((category, count) -> {
            if (count > 0) {
                counts.put(category, count);
            }
        });
        return new ClusterProfileData(in.name().trim().replaceAll("\\s+", " "), trimToNull(in.legalForm()), nuts,
                region, in.portfolio(), in.s3Areas(), in.foundingYear(), trimToNull(in.website()),
                Boolean.TRUE.equals(in.websiteInEnglish()), trimToNull(in.description()), trimToNull(in.contactEmail()),
                trimToNull(in.contactPhone()), in.managementFte(), counts,
                in.visibility() == null ? ClusterVisibility.PUBLIC : in.visibility());
    }

    private static ClusterProfileData withVisibility(ClusterProfileData p, ClusterVisibility visibility) {
        return new ClusterProfileData(p.name(), p.legalForm(), p.nutsCode(), p.regionName(), p.portfolio(),
                p.s3Areas(), p.foundingYear(), p.website(), p.websiteInEnglish(), p.description(), p.contactEmail(),
                p.contactPhone(), p.managementFte(), p.committedMembers(), visibility);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
