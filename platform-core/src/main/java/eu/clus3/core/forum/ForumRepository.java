package eu.clus3.core.forum;

import eu.clus3.core.database.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Forum data in the platform database; every call runs inside the caller's transaction. */
@ApplicationScoped
public class ForumRepository {

    private Database db;

    protected ForumRepository() {
        // for CDI proxies
    }

    @Inject
    public ForumRepository(Database db) {
        this.db = db;
    }

    public <T> T add(T entity) {
        db.em().persist(entity);
        return entity;
    }

    public void remove(Object entity) {
        db.em().remove(entity);
    }

    // --- categories ---

    public Optional<ForumCategory> category(long id) {
        return Optional.ofNullable(db.em().find(ForumCategory.class, id));
    }

    public List<ForumCategory> categories() {
        return db.em().createQuery("SELECT c FROM ForumCategory c ORDER BY c.sortOrder, c.name, c.id",
                ForumCategory.class).getResultList();
    }

    public boolean slugTaken(String slug) {
        return db.em().createQuery("SELECT COUNT(c) FROM ForumCategory c WHERE c.slug = :s", Long.class)
                .setParameter("s", slug).getSingleResult() > 0;
    }

    public Map<Long, Long> visibleTopicCounts() {
        Map<Long, Long> counts = new HashMap<>();
        db.em().createQuery("SELECT t.category.id, COUNT(t) FROM Topic t WHERE t.status = :v GROUP BY t.category.id",
                        Object[].class)
                .setParameter("v", PostStatus.VISIBLE).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    // --- topics ---

    public Optional<Topic> topic(long id) {
        return Optional.ofNullable(db.em().find(Topic.class, id));
    }

    /** The topic with its row locked until the transaction ends: posts take their numbers one at a time. */
    public Optional<Topic> topicForUpdate(long id) {
        return Optional.ofNullable(db.em().find(Topic.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static final String LIST_WHERE = " FROM Topic t WHERE t.category.id IN :cats"
            + " AND (t.status = :visible OR t.author.id = :me)";

    /** A page of topics, pinned first, then by latest activity. */
    public List<Topic> latest(Collection<Long> categoryIds, long viewerId, int offset, int limit) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        return db.em().createQuery("SELECT t" + LIST_WHERE
                        + " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC", Topic.class)
                .setParameter("cats", categoryIds).setParameter("visible", PostStatus.VISIBLE)
                .setParameter("me", viewerId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countLatest(Collection<Long> categoryIds, long viewerId) {
        if (categoryIds.isEmpty()) {
            return 0;
        }
        return db.em().createQuery("SELECT COUNT(t)" + LIST_WHERE, Long.class)
                .setParameter("cats", categoryIds).setParameter("visible", PostStatus.VISIBLE)
                .setParameter("me", viewerId).getSingleResult();
    }

    /** Topics about a subject ({@code indicatorRef}, e.g. {@code module:benchmarking:indicator-7}), oldest first. */
    public List<Topic> topicsAbout(String ref) {
        return db.em().createQuery("SELECT t FROM Topic t WHERE t.indicatorRef = :ref ORDER BY t.createdAt, t.id", Topic.class)
                .setParameter("ref", ref).getResultList();
    }

    public List<Topic> topicsWithTag(Tag tag) {
        return db.em().createQuery("SELECT t FROM Topic t JOIN t.tags g WHERE g = :tag", Topic.class)
                .setParameter("tag", tag).getResultList();
    }

    // --- posts ---

    public Optional<Post> post(long id) {
        return Optional.ofNullable(db.em().find(Post.class, id));
    }

    public Optional<Post> post(long topicId, int number) {
        return db.em().createQuery("SELECT p FROM Post p WHERE p.topic.id = :t AND p.number = :n", Post.class)
                .setParameter("t", topicId).setParameter("n", number).getResultStream().findFirst();
    }

    /**
     * Up to {@code limit} posts numbered above {@code after}, in number order (keyset paging: as fast on page
     * 500 as on page 1). Non-moderators see visible posts and their own.
     */
    public List<Post> postsAfter(long topicId, int after, int limit, long viewerId, boolean moderator) {
        String who = moderator ? "" : " AND (p.status = :visible OR p.author.id = :me)";
        var q = db.em().createQuery("SELECT p FROM Post p WHERE p.topic.id = :t AND p.number > :after" + who
                        + " ORDER BY p.number", Post.class)
                .setParameter("t", topicId).setParameter("after", after);
        if (!moderator) {
            q.setParameter("visible", PostStatus.VISIBLE).setParameter("me", viewerId);
        }
        return q.setMaxResults(limit).getResultList();
    }

    public long approvedPostsBy(long userId) {
        return db.em().createQuery("SELECT COUNT(p) FROM Post p WHERE p.author.id = :u AND p.status = :v", Long.class)
                .setParameter("u", userId).setParameter("v", PostStatus.VISIBLE).getSingleResult();
    }

    /** Posts waiting for a moderator (pending, or with open flags), oldest first, in the given categories. */
    public List<Post> reviewQueue(Collection<Long> categoryIds, int offset, int limit) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        return db.em().createQuery("SELECT p FROM Post p WHERE p.topic.category.id IN :cats AND"
                        + " (p.status = :pending OR p.openFlags > 0) ORDER BY p.createdAt, p.id", Post.class)
                .setParameter("cats", categoryIds).setParameter("pending", PostStatus.PENDING)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<PostRevision> revisions(long postId) {
        return db.em().createQuery("SELECT r FROM PostRevision r WHERE r.postId = :p ORDER BY r.revision",
                PostRevision.class).setParameter("p", postId).getResultList();
    }

    // --- likes, flags ---

    public Optional<PostLike> like(long postId, long userId) {
        return db.em().createQuery("SELECT l FROM PostLike l WHERE l.postId = :p AND l.userId = :u", PostLike.class)
                .setParameter("p", postId).setParameter("u", userId).getResultStream().findFirst();
    }

    public List<Long> likedAmong(Collection<Long> postIds, long userId) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return db.em().createQuery("SELECT l.postId FROM PostLike l WHERE l.postId IN :p AND l.userId = :u", Long.class)
                .setParameter("p", postIds).setParameter("u", userId).getResultList();
    }

    public long countLikes(long postId) {
        return db.em().createQuery("SELECT COUNT(l) FROM PostLike l WHERE l.postId = :p", Long.class)
                .setParameter("p", postId).getSingleResult();
    }

    public Optional<PostFlag> flag(long postId, long userId) {
        return db.em().createQuery("SELECT f FROM PostFlag f WHERE f.postId = :p AND f.flagger.id = :u", PostFlag.class)
                .setParameter("p", postId).setParameter("u", userId).getResultStream().findFirst();
    }

    public List<PostFlag> openFlags(long postId) {
        return db.em().createQuery("SELECT f FROM PostFlag f WHERE f.postId = :p AND f.resolvedAt IS NULL"
                        + " ORDER BY f.createdAt, f.id", PostFlag.class)
                .setParameter("p", postId).getResultList();
    }

    // --- read state, watches ---

    public Optional<ReadState> readState(long userId, long topicId) {
        return db.em().createQuery("SELECT r FROM ReadState r WHERE r.userId = :u AND r.topicId = :t", ReadState.class)
                .setParameter("u", userId).setParameter("t", topicId).getResultStream().findFirst();
    }

    /**
     * Unread visible posts per topic for one reader: those numbered above what they read (all of them in a
     * topic they never opened). One query for a whole page of topics.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> unreadCounts(long userId, Collection<Long> topicIds) {
        Map<Long, Integer> unread = new HashMap<>();
        if (topicIds.isEmpty()) {
            return unread;
        }
        String ids = String.join(",", topicIds.stream().map(String::valueOf).toList()); // numbers only: no injection
        List<Object[]> rows = db.em().createNativeQuery("SELECT p.topic_id, COUNT(*) FROM forum_posts p"
                        + " LEFT JOIN forum_read_states r ON r.topic_id = p.topic_id AND r.user_id = ?"
                        + " WHERE p.topic_id IN (" + ids + ") AND p.status = 'VISIBLE'"
                        + " AND p.post_number > COALESCE(r.last_read_number, 0) GROUP BY p.topic_id")
                .setParameter(1, userId).getResultList();
        for (Object[] row : rows) {
            unread.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return unread;
    }

    public Optional<Watch> topicWatch(long userId, long topicId) {
        return db.em().createQuery("SELECT w FROM Watch w WHERE w.userId = :u AND w.topicId = :t", Watch.class)
                .setParameter("u", userId).setParameter("t", topicId).getResultStream().findFirst();
    }

    public Optional<Watch> categoryWatch(long userId, long categoryId) {
        return db.em().createQuery("SELECT w FROM Watch w WHERE w.userId = :u AND w.categoryId = :c", Watch.class)
                .setParameter("u", userId).setParameter("c", categoryId).getResultStream().findFirst();
    }

    public List<Watch> watchesOfTopic(long topicId) {
        return db.em().createQuery("SELECT w FROM Watch w WHERE w.topicId = :t", Watch.class)
                .setParameter("t", topicId).getResultList();
    }

    public List<Watch> watchesOfCategory(long categoryId) {
        return db.em().createQuery("SELECT w FROM Watch w WHERE w.categoryId = :c", Watch.class)
                .setParameter("c", categoryId).getResultList();
    }

    // --- drafts ---

    /** Someone's draft of a reply to a topic, or of a new topic when {@code topicId} is null. */
    public Optional<Draft> draft(long userId, Long topicId) {
        var q = db.em().createQuery(topicId == null
                ? "SELECT d FROM Draft d WHERE d.userId = :u AND d.topicId IS NULL"
                : "SELECT d FROM Draft d WHERE d.userId = :u AND d.topicId = :t", Draft.class).setParameter("u", userId);
        if (topicId != null) {
            q.setParameter("t", topicId);
        }
        return q.getResultStream().findFirst();
    }

    // --- tags ---

    public Optional<Tag> tag(String name) {
        return db.em().createQuery("SELECT g FROM Tag g WHERE g.name = :n", Tag.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    public Optional<Tag> tag(long id) {
        return Optional.ofNullable(db.em().find(Tag.class, id));
    }

    /** Every tag with the number of topics carrying it, by name. */
    public List<Object[]> tagsWithCounts() {
        return db.em().createQuery("SELECT g, (SELECT COUNT(t) FROM Topic t JOIN t.tags x WHERE x = g) FROM Tag g"
                + " ORDER BY g.name", Object[].class).getResultList();
    }
}
