package eu.clus3.core.cluster;

import eu.clus3.core.database.Database;
import eu.clus3.core.search.SearchPrincipals;
import eu.clus3.core.search.SearchSource;
import eu.clus3.core.shared.Markdown;
import eu.clus3.search.Language;
import eu.clus3.search.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cluster profiles in search: public profiles for everyone, platform-only profiles for signed-in users
 * (the same rule as the directory). Filterable by cluster (its slug), region and sector (portfolio).
 */
@ApplicationScoped
public class ClusterSearchSource implements SearchSource {

    public static final String KIND = "cluster";

    private Database db;

    protected ClusterSearchSource() {
        // for CDI proxies
    }

    @Inject
    public ClusterSearchSource(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Optional<SearchDocument> document(String kind, String subjectId) {
        return SearchSource.numericId(subjectId).map(id -> db.em().find(Cluster.class, id))
                .map(ClusterSearchSource::toDocument);
    }

    @Override
    public Stream<SearchDocument> all() {
        return db.em().createQuery("SELECT c FROM Cluster c ORDER BY c.id", Cluster.class).getResultList().stream()
                .map(ClusterSearchSource::toDocument);
    }

    @Override
    public long count() {
        return db.em().createQuery("SELECT COUNT(c) FROM Cluster c", Long.class).getSingleResult();
    }

    static SearchDocument toDocument(Cluster c) {
        ClusterProfileData p = c.profile();
        String areas = p.s3Areas().stream().map(a -> a.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        String body = String.join(" \n", nonNull(Markdown.toPlainText(p.description())), nonNull(p.legalForm()),
                p.regionName(), p.portfolio().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT), areas);
        return withClusterFacets(SearchDocument.builder(SearchSource.documentId(KIND, String.valueOf(c.getId()))), c)
                .type(KIND)
                .title(c.getName())
                .body(body)
                .language(Language.ENGLISH)
                .date(c.getUpdatedAt())
                .visibleTo(c.getVisibility() == ClusterVisibility.PUBLIC ? SearchPrincipals.PUBLIC : SearchPrincipals.SIGNED_IN)
                .link("clusters/" + c.getSlug())
                .build();
    }

    /**
     * A cluster's facets on a document about it: its slug (so {@code cluster:<slug>} finds the profile and
     * everything about the cluster), its region and its sector (portfolio). Documents that show these facts
     * must be re-read when the cluster changes (see {@link SearchSource#dependents}).
     */
    public static SearchDocument.Builder withClusterFacets(SearchDocument.Builder doc, Cluster c) {
        return doc.facet("cluster", c.getSlug())
                .facet("region", c.getRegionName())
                .facet("sector", c.getPortfolio().name());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
