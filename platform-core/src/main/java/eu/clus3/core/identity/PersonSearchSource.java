package eu.clus3.core.identity;

import eu.clus3.core.cluster.ClusterMembership;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.database.Database;
import eu.clus3.core.search.SearchPrincipals;
import eu.clus3.core.search.SearchSource;
import eu.clus3.search.Language;
import eu.clus3.search.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * People in search, by name, organisation, position, languages and expertise (tags): found by those who
 * may see the user directory (the same rule as {@link UserService#get}) and by the person themselves.
 * Deactivated accounts and registrations still waiting for approval are not found.
 */
@ApplicationScoped
public class PersonSearchSource implements SearchSource {

    public static final String KIND = "person";

    private Database db;
    private ClusterRepository clusters;

    protected PersonSearchSource() {
        // for CDI proxies
    }

    @Inject
    public PersonSearchSource(Database db, ClusterRepository clusters) {
        this.db = db;
        this.clusters = clusters;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Optional<SearchDocument> document(String kind, String subjectId) {
        return SearchSource.numericId(subjectId).map(id -> db.em().find(User.class, id))
                .filter(PersonSearchSource::findable).map(u -> toDocument(u, clusters.membershipsOf(u.getId())));
    }

    @Override
    public Stream<SearchDocument> all() {
        // every membership in one query, not one per person: a rebuild reads them all anyway
        java.util.Map<Long, List<ClusterMembership>> byUser = db.em()
                .createQuery("SELECT m FROM ClusterMembership m JOIN FETCH m.cluster", ClusterMembership.class)
                .getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(m -> m.getUser().getId()));
        return db.em().createQuery("SELECT u FROM User u WHERE u.active = TRUE AND u.approvalPending = FALSE ORDER BY u.id",
                User.class).getResultList().stream().map(u -> toDocument(u, byUser.getOrDefault(u.getId(), List.of())));
    }

    @Override
    public long count() {
        return db.em().createQuery("SELECT COUNT(u) FROM User u WHERE u.active = TRUE AND u.approvalPending = FALSE",
                Long.class).getSingleResult();
    }

    private static boolean findable(User u) {
        return u.isActive() && !u.isApprovalPending();
    }

    private static SearchDocument toDocument(User u, List<ClusterMembership> memberships) {
        List<String> expertise = PersonProfile.splitTags(u.getExpertise());
        String body = String.join(" \n", nonNull(u.getOrganisation()), nonNull(u.getPositionTitle()),
                nonNull(u.getLanguages()), String.join(", ", expertise),
                String.join(", ", memberships.stream().map(m -> m.getCluster().getName()).toList()));
        return SearchDocument.builder(SearchSource.documentId(KIND, String.valueOf(u.getId())))
                .type(KIND)
                .title(u.getDisplayName())
                .body(body)
                .language(Language.ofCode(u.getLocale()))
                .tags(expertise.toArray(String[]::new))
                .author(u.getUsername())
                .date(u.getCreatedAt())
                .facet("cluster", memberships.stream().map(m -> m.getCluster().getSlug()).toArray(String[]::new))
                .visibleTo(SearchPrincipals.permission(Permission.SEE_USER_DIRECTORY), SearchPrincipals.user(u.getId()))
                .link("people/" + u.getUsername())
                .build();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
