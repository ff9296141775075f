package eu.clus3.core.forum;

import eu.clus3.core.cluster.ClusterRepository;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.notification.Deliveries;
import eu.clus3.core.notification.NotificationKind;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.Markdown;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Topics and posts as people read and write them: opening a topic, replying, editing with history, the
 * topic list by latest activity with unread counts, a topic's posts page by page, likes, accepted answers,
 * read state and watch levels. Moderation lives in {@link ModerationService}.
 *
 * <p>The rules: whoever may read a category (see {@link ForumAccess}) and is signed in may open topics and
 * reply, unless the topic is closed or locked (moderators still may); a new user's first posts wait for a
 * moderator when {@link ForumSettings#approveFirstPosts()} is set; authors edit their posts unless the topic is
 * locked, moderators edit any with a reason; a question's author and moderators accept answers.
 */
@ApplicationScoped
public class TopicService {

    /** Posts per page of a topic when the caller does not say. */
    public static final int DEFAULT_POSTS = 20;

    private Database db;
    private ForumRepository forum;
    private ForumAccess access;
    private UserRepository users;
    private ClusterRepository clusters;
    private Subscriptions subscriptions;
    private NotificationService notifications;
    private SearchOutbox outbox;
    private TopicActivity activity;
    private ForumSettings settings;
    private Clock clock;

    protected TopicService() {
        // for CDI proxies
    }

    @Inject
    public TopicService(Database db, ForumRepository forum, ForumAccess access, UserRepository users,
                        ClusterRepository clusters, Subscriptions subscriptions, NotificationService notifications,
                        SearchOutbox outbox, TopicActivity activity, ForumSettings settings, Clock clock) {
        this.db = db;
        this.forum = forum;
        this.access = access;
        this.users = users;
        this.clusters = clusters;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.outbox = outbox;
        this.activity = activity;
        this.settings = settings;
        this.clock = clock;
    }

    // --- reading ---

    /**
     * Topics of one category (or of every category the viewer reads, when {@code categoryId} is null), pinned
     * first, then by latest activity. Signed-in viewers also see their own topics still waiting for approval.
     */
    public Page<TopicSummary> latest(Optional<Actor> viewer, Long categoryId, PageRequest page) {
        return db.inTransaction(() -> {
            List<Long> categories;
            if (categoryId != null) {
                categories = List.of(access.readable(viewer, forum.category(categoryId).orElse(null)).getId());
            } else {
                categories = forum.categories().stream().filter(c -> access.canRead(viewer, c))
                        .map(ForumCategory::getId).toList();
            }
            long me = viewer.map(Actor::userId).orElse(-1L);
            List<Topic> topics = forum.latest(categories, me, page.offset(), page.size());
            Map<Long, Integer> unread = viewer.isPresent()
                    ? forum.unreadCounts(me, topics.stream().map(Topic::getId).toList()) : Map.of();
            return new Page<>(topics.stream().map(t -> summary(t, viewer.isPresent()
                    ? unread.getOrDefault(t.getId(), 0) : null)).toList(),
                    page.page(), page.size(), forum.countLatest(categories, me));
        });
    }

    /**
     * The discussion about a subject ({@code indicatorRef}: a benchmarking indicator, or a module's subject as
     * {@code module:<moduleId>:<key>}, the form of {@code PlatformLinks.discussionAbout}): the oldest visible
     * topic about it that the viewer may read, or none (then the forum offers to open one).
     */
    public Optional<TopicDetails> topicAbout(Optional<Actor> viewer, String ref) {
        if (ref == null || ref.isBlank()) {
            throw InvalidInputException.of("indicatorRef", "validation.required", "a subject is required");
        }
        ForumInput.indicatorRef(new Validator(), ref).throwIfInvalid();
        return db.inTransaction(() -> forum.topicsAbout(ref.trim()).stream()
                .filter(t -> t.getStatus() == PostStatus.VISIBLE && access.canRead(viewer, t.getCategory()))
                .findFirst().map(t -> details(viewer, t)));
    }

    public TopicDetails topic(Optional<Actor> viewer, long topicId) {
        return db.inTransaction(() -> details(viewer, readableTopic(viewer, topicId)));
    }

    /**
     * The posts of a topic numbered above {@code after}, at most {@code size} ({@link PageRequest#MAX_SIZE}):
     * keyset paging, as fast deep in a topic of thousands of replies as at its start.
     */
    public PostPage posts(Optional<Actor> viewer, long topicId, int after, int size) {
        new Validator().range("after", after, 0, Integer.MAX_VALUE).range("size", size, 1, PageRequest.MAX_SIZE)
                .throwIfInvalid();
        return db.inTransaction(() -> {
            Topic topic = readableTopic(viewer, topicId);
            boolean moderator = access.moderates(viewer, topic.getCategory());
            List<Post> posts = forum.postsAfter(topicId, after, size + 1, viewer.map(Actor::userId).orElse(-1L),
                    moderator);
            boolean more = posts.size() > size;
            List<Post> shown = more ? posts.subList(0, size) : posts;
            Set<Long> liked = viewer.isEmpty() ? Set.of()
                    : new HashSet<>(forum.likedAmong(shown.stream().map(Post::getId).toList(), viewer.get().userId()));
            return new PostPage(shown.stream().map(p -> view(viewer, p, liked.contains(p.getId()))).toList(), more);
        });
    }

    public PostView post(Optional<Actor> viewer, long postId) {
        return db.inTransaction(() -> {
            Post post = readablePost(viewer, postId);
            boolean liked = viewer.isPresent() && forum.like(postId, viewer.get().userId()).isPresent();
            return view(viewer, post, liked);
        });
    }

    /** Every earlier text of a post: for its author and the category's moderators. */
    public List<RevisionView> history(Actor actor, long postId) {
        return db.inTransaction(() -> {
            Post post = readablePost(Optional.of(actor), postId);
            if (post.getAuthor().getId() != actor.userId() && !access.moderates(actor, post.getTopic().getCategory())) {
                throw new ForbiddenException("Only the author and the moderators see a post's edit history");
            }
            return forum.revisions(postId).stream().map(r -> new RevisionView(r.getRevision(), r.getTitleBefore(),
                    r.getBodyBefore(), r.getEditor().getUsername(), r.getReason(), r.getEditedAt())).toList();
        });
    }

    // --- writing ---

    public TopicDetails open(Actor actor, NewTopic input) {
        NewTopic in = input == null ? new NewTopic(null, null, null, null, null, null, null, null) : input;
        Validator v = new Validator().check(in.categoryId() != null, "categoryId", "validation.required",
                "categoryId is required");
        ForumInput.title(v, in.title());
        ForumInput.body(v, in.body());
        List<String> tags = ForumInput.tags(v, in.tags());
        ForumInput.language(v, ForumInput.trimToNull(in.language()));
        ForumInput.indicatorRef(v, in.indicatorRef());
        v.throwIfInvalid();
        Deliveries out = new Deliveries();
        TopicDetails created = db.inTransaction(() -> {
            ForumCategory category = access.readable(Optional.of(actor), forum.category(in.categoryId()).orElse(null));
            requireCluster(in.clusterId());
            User author = user(actor);
            PostStatus status = needsApproval(actor, category) ? PostStatus.PENDING : PostStatus.VISIBLE;
            String language = Optional.ofNullable(ForumInput.trimToNull(in.language())).orElse(author.getLocale());
            Topic topic = forum.add(new Topic(category, in.title().trim(), author, language,
                    Boolean.TRUE.equals(in.question()), in.clusterId(), ForumInput.trimToNull(in.indicatorRef()),
                    status, clock.instant()));
            topic.getTags().addAll(resolveTags(tags));
            Post first = forum.add(new Post(topic, topic.takeNextNumber(), author, in.body(), status, clock.instant()));
            db.em().flush();
            subscriptions.followByDefault(actor.userId(), topic, WatchLevel.WATCHING);
            forum.add(new ReadState(actor.userId(), topic.getId(), 1));
            forum.draft(actor.userId(), null).ifPresent(forum::remove); // the new-topic draft is sent
            if (status == PostStatus.VISIBLE) {
                topic.postShown(author, clock.instant());
                subscriptions.published(first, out);
            } else {
                subscriptions.forModerators(first, NotificationKind.POST_PENDING, out);
            }
            outbox.changed("topic", String.valueOf(topic.getId()));
            return details(Optional.of(actor), topic);
        });
        out.announce(notifications);
        return created;
    }

    /**
     * Adds a post at the end of a topic. The topic's row is locked while the number is taken, so replies
     * written at the same moment are all kept, each with its own number, in a stable order.
     */
    public PostView reply(Actor actor, long topicId, String body) {
        ForumInput.body(new Validator(), body).throwIfInvalid();
        Deliveries out = new Deliveries();
        PostView written = db.inTransaction(() -> {
            Topic topic = forum.topicForUpdate(topicId).orElseThrow(() -> new NotFoundException("Topic", topicId));
            requireReadable(Optional.of(actor), topic);
            boolean moderator = access.moderates(actor, topic.getCategory());
            if (!moderator && (topic.isClosed() || topic.isLocked())) {
                throw new ConflictException("error.topicClosed", "This topic is closed to new replies", null);
            }
            if (!moderator && topic.getStatus() != PostStatus.VISIBLE) {
                throw new ConflictException("error.topicNotVisible", "This topic is waiting for a moderator", null);
            }
            User author = user(actor);
            PostStatus status = needsApproval(actor, topic.getCategory()) ? PostStatus.PENDING : PostStatus.VISIBLE;
            Post post = forum.add(new Post(topic, topic.takeNextNumber(), author, body, status, clock.instant()));
            db.em().flush();
            subscriptions.followByDefault(actor.userId(), topic, WatchLevel.TRACKING);
            forum.draft(actor.userId(), topicId).ifPresent(forum::remove); // the reply's draft is sent
            readUpTo(actor.userId(), topic.getId(), post.getNumber());
            if (status == PostStatus.VISIBLE) {
                topic.postShown(author, clock.instant());
                subscriptions.published(post, out);
            } else {
                subscriptions.forModerators(post, NotificationKind.POST_PENDING, out);
            }
            outbox.changed("post", String.valueOf(post.getId()));
            return view(Optional.of(actor), post, false);
        });
        out.announce(notifications);
        if (written.status() == PostStatus.VISIBLE) {
            activity.announce(topicId, written.number());
        }
        return written;
    }

    /**
     * Changes a post's text from {@code version}; the old text goes into its history. Moderators editing
     * someone else's post give a reason. A new user's edit of an approved post waits for approval again.
     */
    public PostView edit(Actor actor, long postId, Long version, String body, String reason) {
        Validator v = new Validator().check(version != null, "version", "validation.required",
                "version is required (the version of the post you edited)");
        ForumInput.body(v, body);
        ForumInput.reason(v, reason, false);
        v.throwIfInvalid();
        Deliveries out = new Deliveries();
        PostView edited = db.inTransaction(() -> {
            Post post = readablePost(Optional.of(actor), postId);
            Topic topic = forum.topicForUpdate(post.getTopic().getId()).orElseThrow(); // its counts may change
            boolean moderator = access.moderates(actor, topic.getCategory());
            boolean own = post.getAuthor().getId() == actor.userId();
            if (!own && !moderator) {
                throw new ForbiddenException("Only the author and the moderators may edit this post");
            }
            if (!moderator && (topic.isLocked() || post.getStatus() == PostStatus.HIDDEN
                    || post.getStatus() == PostStatus.REJECTED)) {
                throw new ConflictException("error.postLocked", "This post can no longer be edited", null);
            }
            if (!own) {
                ForumInput.reason(new Validator(), reason, true).throwIfInvalid();
            }
            if (post.getVersion() != version) {
                throw ConflictException.staleVersion("The post", post.getVersion());
            }
            if (Objects.equals(post.getBody(), body)) {
                return view(Optional.of(actor), post, false);
            }
            forum.add(new PostRevision(postId, post.getEditCount() + 1, null, post.getBody(), user(actor),
                    ForumInput.trimToNull(reason), clock.instant()));
            post.edit(body, clock.instant());
            if (own && post.getStatus() == PostStatus.VISIBLE && needsApproval(actor, topic.getCategory())) {
                withdraw(post);
                subscriptions.forModerators(post, NotificationKind.POST_PENDING, out);
            }
            db.em().flush();
            changed(post);
            return view(Optional.of(actor), post, forum.like(postId, actor.userId()).isPresent());
        });
        out.announce(notifications);
        activity.announce(edited.topicId(), edited.number());
        return edited;
    }

    /** Changes a topic's heading (title, tags, question, cluster, indicator, language) from {@code version}. */
    public TopicDetails editTopic(Actor actor, long topicId, TopicEdit input) {
        TopicEdit in = input == null ? new TopicEdit(null, null, null, null, null, null, null, null) : input;
        Validator v = new Validator().check(in.version() != null, "version", "validation.required",
                "version is required (the version of the topic you edited)");
        ForumInput.title(v, in.title());
        List<String> tags = ForumInput.tags(v, in.tags());
        ForumInput.language(v, ForumInput.trimToNull(in.language()));
        ForumInput.indicatorRef(v, in.indicatorRef());
        ForumInput.reason(v, in.reason(), false);
        v.throwIfInvalid();
        return db.inTransaction(() -> {
            Topic topic = forum.topicForUpdate(topicId).orElseThrow(() -> new NotFoundException("Topic", topicId));
            requireReadable(Optional.of(actor), topic);
            boolean moderator = access.moderates(actor, topic.getCategory());
            boolean own = topic.getAuthor().getId() == actor.userId();
            if (!moderator && (!own || topic.isLocked())) {
                throw new ForbiddenException("Only the author and the moderators may edit this topic");
            }
            if (!own) {
                ForumInput.reason(new Validator(), in.reason(), true).throwIfInvalid();
            }
            if (topic.getVersion() != in.version()) {
                throw ConflictException.staleVersion("The topic", topic.getVersion());
            }
            requireCluster(in.clusterId());
            String title = in.title().trim();
            if (!title.equals(topic.getTitle())) {
                forum.post(topicId, 1).ifPresent(first -> {
                    forum.add(new PostRevision(first.getId(), first.getEditCount() + 1, topic.getTitle(),
                            first.getBody(), user(actor), ForumInput.trimToNull(in.reason()), clock.instant()));
                    first.edit(first.getBody(), clock.instant());
                });
                topic.setTitle(title);
            }
            topic.getTags().clear();
            topic.getTags().addAll(resolveTags(tags));
            topic.setQuestion(Boolean.TRUE.equals(in.question()));
            topic.setClusterId(in.clusterId());
            topic.setIndicatorRef(ForumInput.trimToNull(in.indicatorRef()));
            if (ForumInput.trimToNull(in.language()) != null) {
                topic.setLanguage(in.language().trim());
            }
            db.em().flush();
            outbox.changed("topic", String.valueOf(topicId));
            return details(Optional.of(actor), topic);
        });
    }

    // --- likes, answers ---

    public PostView like(Actor actor, long postId) {
        return db.inTransaction(() -> {
            Post post = visiblePost(actor, postId);
            if (post.getAuthor().getId() == actor.userId()) {
                throw new ForbiddenException("You cannot like your own post");
            }
            if (forum.like(postId, actor.userId()).isEmpty()) {
                forum.add(new PostLike(postId, actor.userId(), clock.instant()));
                db.em().flush();
                post.setLikeCount((int) forum.countLikes(postId));
            }
            return view(Optional.of(actor), post, true);
        });
    }

    public PostView unlike(Actor actor, long postId) {
        return db.inTransaction(() -> {
            Post post = visiblePost(actor, postId);
            forum.like(postId, actor.userId()).ifPresent(l -> {
                forum.remove(l);
                db.em().flush();
                post.setLikeCount((int) forum.countLikes(postId));
            });
            return view(Optional.of(actor), post, false);
        });
    }

    /** Marks a reply as an accepted answer of its question; a question may have several. */
    public PostView accept(Actor actor, long postId) {
        Deliveries out = new Deliveries();
        PostView accepted = db.inTransaction(() -> {
            Post post = answerToDecide(actor, postId);
            if (post.getAcceptedBy() == null) {
                User by = user(actor);
                post.accept(by, clock.instant());
                subscriptions.accepted(post, by, out);
            }
            return view(Optional.of(actor), post, forum.like(postId, actor.userId()).isPresent());
        });
        out.announce(notifications);
        activity.announce(accepted.topicId(), accepted.number());
        return accepted;
    }

    public PostView unaccept(Actor actor, long postId) {
        PostView post = db.inTransaction(() -> {
            Post p = answerToDecide(actor, postId);
            p.unaccept();
            return view(Optional.of(actor), p, forum.like(postId, actor.userId()).isPresent());
        });
        activity.announce(post.topicId(), post.number());
        return post;
    }

    // --- reading state, watching ---

    /** Records that the actor read a topic up to post {@code number} (never moves back). */
    public void markRead(Actor actor, long topicId, int number) {
        db.inTransaction(() -> {
            Topic topic = readableTopic(Optional.of(actor), topicId);
            int upTo = Math.max(0, Math.min(number, topic.getLastNumber()));
            readUpTo(actor.userId(), topicId, upTo);
            notifications.readTopicUpTo(actor.userId(), topicId, upTo);
        });
    }

    public TopicDetails watch(Actor actor, long topicId, WatchLevel level) {
        new Validator().check(level != null, "level", "validation.required", "level is required").throwIfInvalid();
        return db.inTransaction(() -> {
            Topic topic = readableTopic(Optional.of(actor), topicId);
            subscriptions.setTopicLevel(actor.userId(), topicId, level);
            db.em().flush();
            return details(Optional.of(actor), topic);
        });
    }

    // --- rules and mapping ---

    private boolean needsApproval(Actor actor, ForumCategory category) {
        return settings.approveFirstPosts() > 0 && !access.moderates(actor, category)
                && forum.approvedPostsBy(actor.userId()) < settings.approveFirstPosts();
    }

    /** A visible post leaves the public view (pending again, hidden, rejected): the counts follow. */
    void withdraw(Post post) {
        if (post.getStatus() == PostStatus.VISIBLE) {
            post.getTopic().postWithdrawn();
        }
        post.setStatus(PostStatus.PENDING);
        if (post.isOpening()) {
            post.getTopic().setStatus(PostStatus.PENDING);
        }
    }

    private void changed(Post post) {
        outbox.changed(post.isOpening() ? "topic" : "post",
                String.valueOf(post.isOpening() ? post.getTopic().getId() : post.getId()));
    }

    private Post answerToDecide(Actor actor, long postId) {
        Post post = visiblePost(actor, postId);
        Topic topic = post.getTopic();
        if (!topic.isQuestion()) {
            throw new ConflictException("error.notAQuestion", "Only a question's replies are accepted as answers", null);
        }
        if (post.isOpening()) {
            throw new ConflictException("error.openingPost", "The question itself is not an answer", null);
        }
        if (topic.getAuthor().getId() != actor.userId() && !access.moderates(actor, topic.getCategory())) {
            throw new ForbiddenException("Only the question's author and the moderators accept answers");
        }
        return post;
    }

    private void readUpTo(long userId, long topicId, int number) {
        forum.readState(userId, topicId).ifPresentOrElse(r -> r.readUpTo(number),
                () -> forum.add(new ReadState(userId, topicId, number)));
    }

    private List<Tag> resolveTags(List<String> names) {
        List<Tag> tags = new ArrayList<>();
        for (String name : names) {
            tags.add(forum.tag(name).orElseGet(() -> {
                Tag t = forum.add(new Tag(name));
                db.em().flush();
                return t;
            }));
        }
        return tags;
    }

    private void requireCluster(Long clusterId) {
        if (clusterId != null && clusters.find(clusterId).isEmpty()) {
            throw InvalidInputException.of("clusterId", "validation.unknownCluster", "no cluster with this id");
        }
    }

    private User user(Actor actor) {
        return users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
    }

    private void requireReadable(Optional<Actor> viewer, Topic topic) {
        access.readable(viewer, topic.getCategory());
        boolean seen = topic.getStatus() == PostStatus.VISIBLE
                || viewer.isPresent() && (topic.getAuthor().getId() == viewer.get().userId()
                && topic.getStatus() == PostStatus.PENDING || access.moderates(viewer.get(), topic.getCategory()));
        if (!seen) {
            throw new NotFoundException("Topic", topic.getId());
        }
    }

    Topic readableTopic(Optional<Actor> viewer, long topicId) {
        Topic topic = forum.topic(topicId).orElseThrow(() -> new NotFoundException("Topic", topicId));
        requireReadable(viewer, topic);
        return topic;
    }

    Post readablePost(Optional<Actor> viewer, long postId) {
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("Post", postId));
        readableTopic(viewer, post.getTopic().getId());
        boolean seen = post.getStatus() == PostStatus.VISIBLE || viewer.isPresent()
                && (post.getAuthor().getId() == viewer.get().userId()
                || access.moderates(viewer.get(), post.getTopic().getCategory()));
        if (!seen) {
            throw new NotFoundException("Post", postId);
        }
        return post;
    }

    private Post visiblePost(Actor actor, long postId) {
        Post post = readablePost(Optional.of(actor), postId);
        if (post.getStatus() != PostStatus.VISIBLE) {
            throw new ConflictException("error.postNotVisible", "This post is not visible", null);
        }
        return post;
    }

    TopicDetails details(Optional<Actor> viewer, Topic t) {
        boolean moderator = access.moderates(viewer, t.getCategory());
        boolean signedIn = viewer.isPresent();
        boolean own = signedIn && t.getAuthor().getId() == viewer.get().userId();
        TopicPermissions can = new TopicPermissions(
                signedIn && (moderator || !t.isClosed() && !t.isLocked() && t.getStatus() == PostStatus.VISIBLE),
                t.isQuestion() && (own || moderator), moderator);
        int lastRead = signedIn ? forum.readState(viewer.get().userId(), t.getId())
                .map(ReadState::getLastReadNumber).orElse(0) : 0;
        WatchLevel level = signedIn ? subscriptions.levelOf(viewer.get().userId(), t) : WatchLevel.NORMAL;
        return new TopicDetails(t.getId(), t.getCategory().getId(), t.getCategory().getName(), t.getTitle(),
                t.getAuthor().getUsername(), t.getAuthor().getDisplayName(), t.getLanguage(), t.isQuestion(),
                tagNames(t), t.getClusterId(), t.getIndicatorRef(), t.isPinned(), t.isClosed(), t.isLocked(),
                t.getStatus(), t.getVisiblePosts(), t.getLastNumber(), lastRead, t.getCreatedAt(),
                t.getLastActivityAt(), t.getVersion(), can, level);
    }

    static TopicSummary summary(Topic t, Integer unread) {
        return new TopicSummary(t.getId(), t.getCategory().getId(), t.getCategory().getName(), t.getTitle(),
                t.getAuthor().getUsername(), t.getAuthor().getDisplayName(), t.getLanguage(), t.isQuestion(),
                tagNames(t), t.getClusterId(), t.isPinned(), t.isClosed(), t.isLocked(), t.getStatus(),
                t.getVisiblePosts(), unread, t.getLastActivityAt(),
                t.getLastPoster() == null ? null : t.getLastPoster().getUsername(), t.getCreatedAt());
    }

    static List<String> tagNames(Topic t) {
        return t.getTags().stream().map(Tag::getName).sorted(Comparator.naturalOrder()).toList();
    }

    PostView view(Optional<Actor> viewer, Post p, boolean likedByMe) {
        boolean moderator = access.moderates(viewer, p.getTopic().getCategory());
        boolean own = viewer.isPresent() && p.getAuthor().getId() == viewer.get().userId();
        boolean canEdit = moderator || own && !p.getTopic().isLocked()
                && (p.getStatus() == PostStatus.VISIBLE || p.getStatus() == PostStatus.PENDING);
        return new PostView(p.getId(), p.getTopic().getId(), p.getNumber(), p.getAuthor().getUsername(),
                p.getAuthor().getDisplayName(), p.getBody(), Markdown.toSafeHtml(p.getBody()), p.getStatus(),
                p.isGoodPractice(), p.getAcceptedBy() == null ? null : p.getAcceptedBy().getUsername(),
                p.getAcceptedAt(), p.getLikeCount(), likedByMe, p.getCreatedAt(), p.getEditedAt(), p.getEditCount(),
                p.getVersion(), canEdit);
    }
}
