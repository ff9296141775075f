package eu.clus3.core.forum;

import eu.clus3.core.cluster.Cluster;
import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.search.SearchPrincipals;
import eu.clus3.core.shared.Markdown;
import eu.clus3.core.search.SearchSource;
import eu.clus3.search.Language;
import eu.clus3.search.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Topics and replies as search documents. A topic's document holds its title and opening post; each visible
 * reply has its own. Who finds them follows the category: everyone (public), signed-in accounts (platform),
 * the cluster's people and regional staff (one cluster), and always its moderators and forum administrators.
 * Pending, hidden and rejected posts are never indexed.
 */
@ApplicationScoped
public class ForumSearchSource implements SearchSource {

    static final String TOPIC = "topic";
    static final String POST = "post";
    private static final int BATCH = 200;

    private Database db;
    private ForumRepository forum;
    private ClusterRepository clusters;

    protected ForumSearchSource() {
        // for CDI proxies
    }

    @Inject
    public ForumSearchSource(Database db, ForumRepository forum, ClusterRepository clusters) {
        this.db = db;
        this.forum = forum;
        this.clusters = clusters;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(TOPIC, POST);
    }

    @Override
    public Optional<SearchDocument> document(String kind, String subjectId) {
        long id;
        try {
            id = Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return switch (kind) {
            case TOPIC -> forum.topic(id).flatMap(this::topicDocument);
            case POST -> forum.post(id).flatMap(this::postDocument);
            default -> Optional.empty();
        };
    }

    @Override
    public Stream<SearchDocument> all() {
        Stream<SearchDocument> topics = batches("SELECT t FROM Topic t WHERE t.id > :after ORDER BY t.id", Topic.class,
                Topic::getId).map(this::topicDocument).flatMap(Optional::stream);
        Stream<SearchDocument> posts = batches("SELECT p FROM Post p WHERE p.id > :after ORDER BY p.id", Post.class,
                Post::getId).map(this::postDocument).flatMap(Optional::stream);
        return Stream.concat(topics, posts);
    }

    @Override
    public long count() {
        return db.em().createQuery("SELECT COUNT(t) FROM Topic t WHERE t.status = :v", Long.class)
                .setParameter("v", PostStatus.VISIBLE).getSingleResult()
                + db.em().createQuery("SELECT COUNT(p) FROM Post p WHERE p.status = :v AND p.number > 1", Long.class)
                .setParameter("v", PostStatus.VISIBLE).getSingleResult();
    }

    Optional<SearchDocument> topicDocument(Topic t) {
        if (t.getStatus() != PostStatus.VISIBLE) {
            return Optional.empty();
        }
        String body = forum.post(t.getId(), 1).filter(p -> p.getStatus() == PostStatus.VISIBLE)
                .map(p -> Markdown.toPlainText(p.getBody())).orElse("");
        return Optional.of(common(SearchSource.documentId(TOPIC, String.valueOf(t.getId())), TOPIC, t, body)
                .author(t.getAuthor().getUsername()).date(t.getLastActivityAt())
                .link("forum/topic/" + t.getId()).build());
    }

    Optional<SearchDocument> postDocument(Post p) {
        if (p.isOpening() || p.getStatus() != PostStatus.VISIBLE || p.getTopic().getStatus() != PostStatus.VISIBLE) {
            return Optional.empty(); // an opening post is searched as its topic
        }
        return Optional.of(common(SearchSource.documentId(POST, String.valueOf(p.getId())), POST, p.getTopic(),
                Markdown.toPlainText(p.getBody()))
                .author(p.getAuthor().getUsername())
                .date(p.getEditedAt() != null ? p.getEditedAt() : p.getCreatedAt())
                .link("forum/topic/" + p.getTopic().getId() + "?post=" + p.getNumber()).build());
    }

    private SearchDocument.Builder common(String id, String type, Topic t, String body) {
        ForumCategory c = t.getCategory();
        SearchDocument.Builder b = SearchDocument.builder(id).type(type).title(t.getTitle()).body(body)
                .language(Language.ofCode(t.getLanguage()))
                .tags(TopicService.tagNames(t).toArray(String[]::new))
                .facet("category", c.getName())
                .visibleTo(principals(c).toArray(String[]::new));
        if (t.getClusterId() != null) {
            // the cluster facet holds slugs, like the clusters' own documents, so cluster:<slug> filters both
            clusters.find(t.getClusterId()).map(Cluster::getSlug).ifPresent(slug -> b.facet("cluster", slug));
        }
        return b;
    }

    /** Who may find the content of a category: the same people {@link ForumAccess} lets read it. */
    static List<String> principals(ForumCategory c) {
        List<String> p = new ArrayList<>();
        switch (c.getVisibility()) {
            case PUBLIC -> p.add(SearchPrincipals.PUBLIC);
            case PLATFORM_MEMBERS -> p.add(SearchPrincipals.SIGNED_IN);
            case CLUSTER_MEMBERS -> {
                if (c.getClusterId() != null) {
                    p.add(SearchPrincipals.clusterMembers(c.getClusterId()));
                }
                p.add(SearchPrincipals.permission(Permission.SEE_ALL_CLUSTERS));
            }
        }
        p.add(SearchPrincipals.permission(Permission.MANAGE_FORUMS));
        c.getModeratorIds().stream().sorted().forEach(id -> p.add(SearchPrincipals.user(id)));
        return p;
    }

    /** Entities in id order, {@link #BATCH} at a time, so a rebuild never holds a whole table in memory. */
    private <T> Stream<T> batches(String jpql, Class<T> type, Function<T, Long> idOf) {
        Iterator<T> it = new Iterator<>() {
            private List<T> batch = List.of();
            private int i;
            private long after = Long.MIN_VALUE;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (i < batch.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                db.em().clear();
                batch = db.em().createQuery(jpql, type).setParameter("after", after).setMaxResults(BATCH)
                        .getResultList();
                i = 0;
                done = batch.size() < BATCH;
                if (!batch.isEmpty()) {
                    after = idOf.apply(batch.get(batch.size() - 1));
                }
                return !batch.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(i++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}
