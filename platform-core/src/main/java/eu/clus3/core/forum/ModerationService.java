package eu.clus3.core.forum;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.notification.Deliveries;
import eu.clus3.core.notification.NotificationKind;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeping the forum civil: flags (a post with {@link ForumSettings#flagsToHide()} open flags is hidden until a
 * moderator looks), the review queue, approving or rejecting a new user's posts, hiding and showing posts,
 * closing, locking, pinning and moving topics, and the "good practice" mark. Everything here except flagging is
 * for the category's moderators and administrators.
 */
@ApplicationScoped
public class ModerationService {

    private static final java.util.regex.Pattern IMAGE_URL = java.util.regex.Pattern.compile("/api/forum/images/([0-9]{1,18})");

    private Database db;
    private ForumRepository forum;
    private ForumAccess access;
    private TopicService topics;
    private UserRepository users;
    private Subscriptions subscriptions;
    private NotificationService notifications;
    private SearchOutbox outbox;
    private TopicActivity activity;
    private ForumSettings settings;
    private Clock clock;

    protected ModerationService() {
        // for CDI proxies
    }

    @Inject
    public ModerationService(Database db, ForumRepository forum, ForumAccess access, TopicService topics,
                             UserRepository users, Subscriptions subscriptions, NotificationService notifications,
                             SearchOutbox outbox, TopicActivity activity, ForumSettings settings, Clock clock) {
        this.db = db;
        this.forum = forum;
        this.access = access;
        this.topics = topics;
        this.users = users;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.outbox = outbox;
        this.activity = activity;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks the moderators to look at a post; once per person and post. Enough open flags hide it. */
    public void flag(Actor actor, long postId, String reason) {
        ForumInput.reason(new Validator(), reason, true).throwIfInvalid();
        Deliveries out = new Deliveries();
        int[] hidden = {0};
        long topicId = db.inTransaction(() -> {
            Post post = topics.readablePost(Optional.of(actor), postId);
            if (post.getStatus() != PostStatus.VISIBLE) {
                throw new ConflictException("error.postNotVisible", "This post is not visible", null);
            }
            if (post.getAuthor().getId() == actor.userId()) {
                throw new ForbiddenException("You cannot flag your own post");
            }
            if (forum.flag(postId, actor.userId()).isPresent()) {
                throw new ConflictException("error.alreadyFlagged", "You flagged this post already", null);
            }
            forum.add(new PostFlag(postId, user(actor), reason.trim(), clock.instant()));
            post.setOpenFlags(post.getOpenFlags() + 1);
            subscriptions.forModerators(post, NotificationKind.POST_FLAGGED, out);
            if (post.getOpenFlags() >= settings.flagsToHide()) {
                setStatus(post, PostStatus.HIDDEN);
                hidden[0] = post.getNumber();
                changed(post);
            }
            return post.getTopic().getId();
        });
        out.announce(notifications);
        if (hidden[0] > 0) {
            activity.announce(topicId, hidden[0]);
        }
    }

    /** Posts waiting for the actor: pending approval or flagged, in the categories they moderate, oldest first. */
    public List<ReviewItem> reviewQueue(Actor actor, PageRequest page) {
        return db.inTransaction(() -> {
            List<Long> moderated = forum.categories().stream().filter(c -> access.moderates(actor, c))
                    .map(ForumCategory::getId).toList();
            if (moderated.isEmpty() && !actor.can(Permission.MANAGE_FORUMS)) {
                throw new ForbiddenException("Only moderators have a review queue");
            }
            return forum.reviewQueue(moderated, page.offset(), page.size()).stream().map(p -> new ReviewItem(
                    topics.view(Optional.of(actor), p, false), p.getTopic().getId(), p.getTopic().getTitle(),
                    p.getTopic().getCategory().getId(), p.getTopic().getCategory().getName(),
                    forum.openFlags(p.getId()).stream().map(f -> new ReviewItem.FlagView(f.getFlagger().getUsername(),
                            f.getReason(), f.getCreatedAt())).toList())).toList();
        });
    }

    /** Lets a pending post appear; only now are its watchers and the people it mentions told. */
    public PostView approve(Actor actor, long postId) {
        Deliveries out = new Deliveries();
        PostView approved = db.inTransaction(() -> {
            Post post = moderated(actor, postId);
            if (post.getStatus() != PostStatus.PENDING) {
                throw new ConflictException("error.postNotPending", "This post is not waiting for approval", null);
            }
            setStatus(post, PostStatus.VISIBLE);
            subscriptions.published(post, out);
            changed(post);
            return topics.view(Optional.of(actor), post, false);
        });
        out.announce(notifications);
        activity.announce(approved.topicId(), approved.number());
        return approved;
    }

    /** Turns a pending post down: it stays on record for moderators, nobody else sees it. */
    public PostView reject(Actor actor, long postId) {
        return db.inTransaction(() -> {
            Post post = moderated(actor, postId);
            if (post.getStatus() != PostStatus.PENDING) {
                throw new ConflictException("error.postNotPending", "This post is not waiting for approval", null);
            }
            setStatus(post, PostStatus.REJECTED);
            resolveFlags(post, "HIDDEN");
            changed(post);
            return topics.view(Optional.of(actor), post, false);
        });
    }

    /** Hides a post (its author and moderators still see it); its open flags are resolved. */
    public PostView hide(Actor actor, long postId, String reason) {
        ForumInput.reason(new Validator(), reason, false).throwIfInvalid();
        PostView hidden = db.inTransaction(() -> {
            Post post = moderated(actor, postId);
            if (post.getStatus() == PostStatus.PENDING || post.getStatus() == PostStatus.REJECTED) {
                throw new ConflictException("error.notVisible", "Approve or reject a pending post instead", null);
            }
            setStatus(post, PostStatus.HIDDEN);
            resolveFlags(post, "HIDDEN");
            changed(post);
            return topics.view(Optional.of(actor), post, false);
        });
        activity.announce(hidden.topicId(), hidden.number());
        return hidden;
    }

    /** Shows a hidden post again and dismisses its flags; on a visible post, just dismisses the flags. */
    public PostView unhide(Actor actor, long postId) {
        PostView shown = db.inTransaction(() -> {
            Post post = moderated(actor, postId);
            if (post.getStatus() == PostStatus.PENDING || post.getStatus() == PostStatus.REJECTED) {
                throw new ConflictException("error.notVisible", "Approve or reject a pending post instead", null);
            }
            setStatus(post, PostStatus.VISIBLE);
            resolveFlags(post, "DISMISSED");
            changed(post);
            return topics.view(Optional.of(actor), post, false);
        });
        activity.announce(shown.topicId(), shown.number());
        return shown;
    }

    public PostView markGoodPractice(Actor actor, long postId, boolean goodPractice) {
        return db.inTransaction(() -> {
            Post post = moderated(actor, postId);
            post.setGoodPractice(goodPractice);
            return topics.view(Optional.of(actor), post, forum.like(postId, actor.userId()).isPresent());
        });
    }

    /** What a moderator sets on a topic; a null leaves that setting as it is. */
    public record TopicState(Boolean closed, Boolean locked, Boolean pinned) {
    }

    public TopicDetails setState(Actor actor, long topicId, TopicState state) {
        TopicState s = state == null ? new TopicState(null, null, null) : state;
        return db.inTransaction(() -> {
            Topic topic = moderatedTopic(actor, topicId);
            if (s.closed() != null) {
                topic.setClosed(s.closed());
            }
            if (s.locked() != null) {
                topic.setLocked(s.locked());
            }
            if (s.pinned() != null) {
                topic.setPinned(s.pinned());
            }
            db.em().flush();
            return topics.details(Optional.of(actor), topic);
        });
    }

    /** Moves a topic to another category; the actor moderates both. */
    public TopicDetails move(Actor actor, long topicId, Long categoryId) {
        new Validator().check(categoryId != null, "categoryId", "validation.required", "categoryId is required")
                .throwIfInvalid();
        return db.inTransaction(() -> {
            Topic topic = moderatedTopic(actor, topicId);
            ForumCategory target = forum.category(categoryId).orElseThrow(() -> new NotFoundException("Category",
                    categoryId));
            access.requireModerator(actor, target);
            topic.setCategory(target);
            // images uploaded for the topic's posts are read by the readers of its new category
            db.em().createQuery("SELECT i FROM ForumImage i WHERE i.topicId = :t", ForumImage.class)
                    .setParameter("t", topicId).getResultList().forEach(i -> i.moveTo(target.getId()));
            db.em().flush();
            outbox.changed("topic", String.valueOf(topicId));
            forum.postsAfter(topicId, 1, Integer.MAX_VALUE, actor.userId(), true)
                    .forEach(p -> outbox.changed("post", String.valueOf(p.getId())));
            return topics.details(Optional.of(actor), topic);
        });
    }

    /**
     * Moves some replies of a topic (by number) into a new topic, in the same category or another one the
     * actor moderates: the first moved post opens it, the others follow in their order; the opening post of
     * the original topic stays where it is.
     */
    public TopicDetails split(Actor actor, long topicId, List<Integer> numbers, String title, Long categoryId) {
        Validator v = new Validator().check(numbers != null && !numbers.isEmpty(), "numbers", "validation.required",
                "the numbers of the posts to move are required");
        ForumInput.title(v, title);
        v.check(numbers == null || !numbers.contains(1), "numbers", "validation.openingPost",
                "the opening post stays with its topic").throwIfInvalid();
        return db.inTransaction(() -> {
            Topic source = moderatedTopic(actor, topicId);
            ForumCategory target = categoryId == null ? source.getCategory() : forum.category(categoryId)
                    .orElseThrow(() -> new NotFoundException("Category", categoryId));
            access.requireModerator(actor, target);
            List<Post> moved = numbers.stream().distinct().sorted().map(n -> forum.post(topicId, n)
                    .orElseThrow(() -> InvalidInputException.of("numbers", "validation.unknownPost",
                            "topic " + topicId + " has no post " + n))).toList();
            Post first = moved.get(0);
            Topic split = forum.add(new Topic(target, title.trim(), first.getAuthor(), source.getLanguage(), false,
                    source.getClusterId(), source.getIndicatorRef(), first.getStatus(), first.getCreatedAt()));
            db.em().flush();
            int number = 0;
            Map<Long, Integer> newNumbers = new LinkedHashMap<>();
            for (Post p : moved) {
                p.moveTo(split, ++number);
                newNumbers.put(p.getId(), number);
                db.em().flush(); // one at a time: (topic, number) stays unique at every step
            }
            // what people were told about the moved posts now leads to them in the new topic
            notifications.postsMoved(newNumbers, split.getId(), split.getTitle());
            // the images the moved posts show (uploaded in the old topic) go with them, to the new category's readers
            java.util.Set<Long> shown = new java.util.HashSet<>();
            for (Post p : moved) {
                java.util.regex.Matcher m = IMAGE_URL.matcher(p.getBody());
                while (m.find()) {
                    shown.add(Long.parseLong(m.group(1)));
                }
            }
            if (!shown.isEmpty()) {
                db.em().createQuery("SELECT i FROM ForumImage i WHERE i.id IN :ids AND i.topicId = :t", ForumImage.class)
                        .setParameter("ids", List.copyOf(shown)).setParameter("t", topicId).getResultList()
                        .forEach(i -> i.moveTo(split.getId(), target.getId()));
            }
            recount(split);
            recount(source);
            db.em().flush();
            outbox.changed("topic", String.valueOf(split.getId()));
            outbox.changed("topic", String.valueOf(topicId));
            moved.forEach(p -> outbox.changed("post", String.valueOf(p.getId())));
            return topics.details(Optional.of(actor), split);
        });
    }

    private void recount(Topic topic) {
        List<Post> posts = forum.postsAfter(topic.getId(), 0, Integer.MAX_VALUE, -1, true);
        List<Post> visible = posts.stream().filter(p -> p.getStatus() == PostStatus.VISIBLE).toList();
        Post last = visible.isEmpty() ? null : visible.get(visible.size() - 1);
        topic.recount(visible.size(), posts.isEmpty() ? 0 : posts.get(posts.size() - 1).getNumber(),
                last == null ? null : last.getCreatedAt(), last == null ? null : last.getAuthor());
    }

    // --- rules ---

    private Post moderated(Actor actor, long postId) {
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("Post", postId));
        access.readable(Optional.of(actor), post.getTopic().getCategory());
        access.requireModerator(actor, post.getTopic().getCategory());
        // the topic row is locked: its counts change with the post's status
        forum.topicForUpdate(post.getTopic().getId());
        return post;
    }

    private Topic moderatedTopic(Actor actor, long topicId) {
        Topic topic = forum.topicForUpdate(topicId).orElseThrow(() -> new NotFoundException("Topic", topicId));
        access.readable(Optional.of(actor), topic.getCategory());
        access.requireModerator(actor, topic.getCategory());
        return topic;
    }

    /** Moves a post to {@code status}, keeping the topic's visible count, activity and own status in step. */
    private void setStatus(Post post, PostStatus status) {
        Topic topic = post.getTopic();
        boolean wasVisible = post.getStatus() == PostStatus.VISIBLE;
        post.setStatus(status);
        if (wasVisible && status != PostStatus.VISIBLE) {
            topic.postWithdrawn();
        } else if (!wasVisible && status == PostStatus.VISIBLE) {
            topic.postShown(post.getAuthor(), clock.instant());
        }
        if (post.isOpening()) {
            topic.setStatus(status);
        }
    }

    private void resolveFlags(Post post, String resolution) {
        forum.openFlags(post.getId()).forEach(f -> f.resolve(resolution, clock.instant()));
        post.setOpenFlags(0);
    }

    private void changed(Post post) {
        outbox.changed(post.isOpening() ? "topic" : "post",
                String.valueOf(post.isOpening() ? post.getTopic().getId() : post.getId()));
    }

    private User user(Actor actor) {
        return users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
    }
}
