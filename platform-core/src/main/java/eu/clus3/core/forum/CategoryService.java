package eu.clus3.core.forum;

import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Forum categories, their moderators, watching a whole category, and the shared tag list. Administrators
 * ({@link Permission#MANAGE_FORUMS}) create and change categories, appoint moderators and merge tags; everyone
 * sees the categories they may read.
 */
@ApplicationScoped
public class CategoryService {

    private Database db;
    private ForumRepository forum;
    private ForumAccess access;
    private UserRepository users;
    private ClusterRepository clusters;
    private Subscriptions subscriptions;
    private SearchOutbox outbox;
    private Clock clock;

    protected CategoryService() {
        // for CDI proxies
    }

    @Inject
    public CategoryService(Database db, ForumRepository forum, ForumAccess access, UserRepository users,
                           ClusterRepository clusters, Subscriptions subscriptions, SearchOutbox outbox, Clock clock) {
        this.db = db;
        this.forum = forum;
        this.access = access;
        this.users = users;
        this.clusters = clusters;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The categories the viewer may read, in their order, with their counts of visible topics. */
    public List<CategoryView> categories(Optional<Actor> viewer) {
        return db.inTransaction(() -> {
            Map<Long, Long> counts = forum.visibleTopicCounts();
            return forum.categories().stream().filter(c -> access.canRead(viewer, c))
                    .map(c -> view(viewer, c, counts.getOrDefault(c.getId(), 0L))).toList();
        });
    }

    public CategoryView category(Optional<Actor> viewer, long id) {
        return db.inTransaction(() -> {
            ForumCategory c = access.readable(viewer, forum.category(id).orElse(null));
            return view(viewer, c, forum.visibleTopicCounts().getOrDefault(id, 0L));
        });
    }

    public CategoryView create(Actor actor, CategoryData input) {
        actor.require(Permission.MANAGE_FORUMS);
        CategoryData data = validated(input);
        return db.inTransaction(() -> {
            requireCluster(data);
            ForumCategory c = forum.add(new ForumCategory(uniqueSlug(data.name()), data, clock.instant()));
            db.em().flush();
            return view(Optional.of(actor), c, 0);
        });
    }

    /** Changes a category from {@code version}; a visibility change re-indexes its topics for search. */
    public CategoryView update(Actor actor, long id, Long version, CategoryData input) {
        actor.require(Permission.MANAGE_FORUMS);
        new Validator().check(version != null, "version", "validation.required", "version is required")
                .throwIfInvalid();
        CategoryData data = validated(input);
        return db.inTransaction(() -> {
            ForumCategory c = forum.category(id).orElseThrow(() -> new NotFoundException("Category", id));
            if (c.getVersion() != version) {
                throw ConflictException.staleVersion("The category", c.getVersion());
            }
            requireCluster(data);
            boolean visibilityChanged = c.getVisibility() != data.visibility()
                    || !java.util.Objects.equals(c.getClusterId(), data.clusterId());
            c.apply(data);
            db.em().flush();
            if (visibilityChanged) {
                reindex(c);
            }
            return view(Optional.of(actor), c, forum.visibleTopicCounts().getOrDefault(id, 0L));
        });
    }

    public CategoryView addModerator(Actor actor, long categoryId, String username) {
        actor.require(Permission.MANAGE_FORUMS);
        new Validator().required("username", username).throwIfInvalid();
        return db.inTransaction(() -> {
            ForumCategory c = forum.category(categoryId).orElseThrow(() -> new NotFoundException("Category", categoryId));
            User u = users.findByUsername(username.trim().toLowerCase(Locale.ROOT)).filter(User::isActive)
                    .orElseThrow(() -> InvalidInputException.of("username", "validation.unknownUser",
                            "no active user with this name"));
            c.getModeratorIds().add(u.getId());
            db.em().flush();
            reindex(c); // moderators see everything in the category, in search too
            return view(Optional.of(actor), c, forum.visibleTopicCounts().getOrDefault(categoryId, 0L));
        });
    }

    public CategoryView removeModerator(Actor actor, long categoryId, String username) {
        actor.require(Permission.MANAGE_FORUMS);
        return db.inTransaction(() -> {
            ForumCategory c = forum.category(categoryId).orElseThrow(() -> new NotFoundException("Category", categoryId));
            users.findByUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                    .ifPresent(u -> c.getModeratorIds().remove(u.getId()));
            db.em().flush();
            reindex(c);
            return view(Optional.of(actor), c, forum.visibleTopicCounts().getOrDefault(categoryId, 0L));
        });
    }

    public CategoryView watch(Actor actor, long categoryId, WatchLevel level) {
        new Validator().check(level != null, "level", "validation.required", "level is required").throwIfInvalid();
        return db.inTransaction(() -> {
            ForumCategory c = access.readable(Optional.of(actor), forum.category(categoryId).orElse(null));
            subscriptions.setCategoryLevel(actor.userId(), categoryId, level);
            db.em().flush();
            return view(Optional.of(actor), c, forum.visibleTopicCounts().getOrDefault(categoryId, 0L));
        });
    }

    // --- tags ---

    public List<TagView> tags() {
        return db.inTransaction(() -> forum.tagsWithCounts().stream()
                .map(row -> new TagView(((Tag) row[0]).getId(), ((Tag) row[0]).getName(), ((Number) row[1]).longValue()))
                .toList());
    }

    /** Replaces tag {@code fromId} by {@code intoId} on every topic and removes it from the list. */
    public TagView mergeTags(Actor actor, long fromId, long intoId) {
        actor.require(Permission.MANAGE_FORUMS);
        if (fromId == intoId) {
            throw InvalidInputException.of("into", "validation.sameTag", "a tag cannot be merged into itself");
        }
        return db.inTransaction(() -> {
            Tag from = forum.tag(fromId).orElseThrow(() -> new NotFoundException("Tag", fromId));
            Tag into = forum.tag(intoId).orElseThrow(() -> new NotFoundException("Tag", intoId));
            List<Topic> tagged = forum.topicsWithTag(from);
            for (Topic t : tagged) {
                t.getTags().remove(from);
                t.getTags().add(into);
                outbox.changed("topic", String.valueOf(t.getId()));
            }
            db.em().flush();
            forum.remove(from);
            db.em().flush();
            return new TagView(into.getId(), into.getName(), forum.topicsWithTag(into).size());
        });
    }

    // --- rules ---

    private void reindex(ForumCategory c) {
        db.em().createQuery("SELECT t.id FROM Topic t WHERE t.category = :c", Long.class).setParameter("c", c)
                .getResultList().forEach(id -> outbox.changed("topic", String.valueOf(id)));
        db.em().createQuery("SELECT p.id FROM Post p WHERE p.topic.category = :c AND p.number > 1", Long.class)
                .setParameter("c", c).getResultList().forEach(id -> outbox.changed("post", String.valueOf(id)));
    }

    private CategoryData validated(CategoryData in) {
        if (in == null) {
            throw InvalidInputException.of("name", "validation.required", "name is required");
        }
        String name = in.name() == null ? null : in.name().trim();
        Validator v = new Validator().required("name", name).maxLength("name", name, 100)
                .maxLength("description", in.description(), 2000)
                .check(in.visibility() != null, "visibility", "validation.required", "visibility is required")
                .check(in.visibility() != CategoryVisibility.CLUSTER_MEMBERS || in.clusterId() != null, "clusterId",
                        "validation.required", "a category for one cluster's people names the cluster")
                .range("sortOrder", in.sortOrder(), -10_000, 10_000);
        v.check(name == null || name.isEmpty() || !name.matches("(?s).*[\\p{Cc}].*"), "name",
                "validation.controlCharacters", "name must be one line without control characters");
        v.throwIfInvalid();
        return new CategoryData(name, ForumInput.trimToNull(in.description()), in.visibility(), in.clusterId(),
                in.sortOrder());
    }

    private void requireCluster(CategoryData data) {
        if (data.visibility() == CategoryVisibility.CLUSTER_MEMBERS && clusters.find(data.clusterId()).isEmpty()) {
            throw InvalidInputException.of("clusterId", "validation.unknownCluster", "no cluster with this id");
        }
    }

    private CategoryView view(Optional<Actor> viewer, ForumCategory c, long topics) {
        List<String> moderators = c.getModeratorIds().stream().map(users::findById).flatMap(Optional::stream)
                .map(User::getUsername).sorted(Comparator.naturalOrder()).toList();
        WatchLevel level = viewer.flatMap(a -> forum.categoryWatch(a.userId(), c.getId())).map(Watch::getLevel)
                .orElse(WatchLevel.NORMAL);
        return new CategoryView(c.getId(), c.getSlug(), c.getName(), c.getDescription(), c.getVisibility(),
                c.getClusterId(), c.getSortOrder(), moderators, topics, access.moderates(viewer, c), level,
                c.getVersion());
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "category";
        }
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String slug = base;
        for (int i = 2; forum.slugTaken(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
