package eu.clus3.core.forum;

import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.notification.Deliveries;
import eu.clus3.core.notification.NotificationKind;
import eu.clus3.core.notification.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told of what in the forum, from watch levels and mentions. The rules: a post is announced only
 * once it is visible (never while pending); each person hears of a post once (a mention wins over a reply);
 * nobody hears of their own post, of a topic they muted, or of a category they cannot read; moderators are
 * told of posts waiting for them. Calls run inside the caller's transaction.
 */
@ApplicationScoped
public class Subscriptions {

    private ForumRepository forum;
    private UserRepository users;
    private ForumAccess access;
    private NotificationService notifications;

    protected Subscriptions() {
        // for CDI proxies
    }

    @Inject
    public Subscriptions(ForumRepository forum, UserRepository users, ForumAccess access,
                         NotificationService notifications) {
        this.forum = forum;
        this.users = users;
        this.access = access;
        this.notifications = notifications;
    }

    /** The level in force for a person: the topic's own, else the category's, else NORMAL. */
    WatchLevel levelOf(long userId, Topic topic) {
        return forum.topicWatch(userId, topic.getId()).map(Watch::getLevel)
                .or(() -> forum.categoryWatch(userId, topic.getCategory().getId()).map(Watch::getLevel))
                .orElse(WatchLevel.NORMAL);
    }

    /** Sets a person's level on a topic, unless they chose one themselves already (authors watch, repliers track). */
    void followByDefault(long userId, Topic topic, WatchLevel level) {
        if (forum.topicWatch(userId, topic.getId()).isEmpty()) {
            forum.add(new Watch(userId, topic.getId(), null, level));
        }
    }

    void setTopicLevel(long userId, long topicId, WatchLevel level) {
        forum.topicWatch(userId, topicId).ifPresentOrElse(w -> w.setLevel(level),
                () -> forum.add(new Watch(userId, topicId, null, level)));
    }

    void setCategoryLevel(long userId, long categoryId, WatchLevel level) {
        forum.categoryWatch(userId, categoryId).ifPresentOrElse(w -> w.setLevel(level),
                () -> forum.add(new Watch(userId, null, categoryId, level)));
    }

    /** A post just became visible (written by a trusted author, or approved): tell mentioned people and watchers. */
    void published(Post post, Deliveries out) {
        Topic topic = post.getTopic();
        long authorId = post.getAuthor().getId();
        Set<Long> told = new HashSet<>();
        told.add(authorId);
        for (String name : Mentions.in(post.getBody())) {
            users.findByUsername(name).ifPresent(u -> {
                if (!told.contains(u.getId()) && access.canRead(u, topic.getCategory())
                        && levelOf(u.getId(), topic) != WatchLevel.MUTED) {
                    told.add(u.getId());
                    deliver(u.getId(), NotificationKind.MENTION, post, out);
                }
            });
        }
        Map<Long, WatchLevel> levels = new HashMap<>();
        forum.watchesOfCategory(topic.getCategory().getId()).forEach(w -> levels.put(w.getUserId(), w.getLevel()));
        forum.watchesOfTopic(topic.getId()).forEach(w -> levels.put(w.getUserId(), w.getLevel())); // topic wins
        NotificationKind kind = post.isOpening() ? NotificationKind.NEW_TOPIC : NotificationKind.REPLY;
        levels.forEach((userId, level) -> {
            if (level == WatchLevel.WATCHING && told.add(userId)) {
                users.findById(userId).filter(u -> access.canRead(u, topic.getCategory()))
                        .ifPresent(u -> deliver(userId, kind, post, out));
            }
        });
    }

    /** Tells the author of an answer that it was accepted, unless they accepted it themselves or muted the topic. */
    void accepted(Post post, User by, Deliveries out) {
        long authorId = post.getAuthor().getId();
        if (authorId != by.getId() && levelOf(authorId, post.getTopic()) != WatchLevel.MUTED) {
            out.add(authorId, notifications.deliver(authorId, NotificationKind.ANSWER_ACCEPTED, by.getUsername(),
                    post.getTopic().getTitle(), post.getTopic().getId(), post.getId(), post.getNumber()));
        }
    }

    /** Tells the category's moderators (or, where it has none, the administrators) that a post needs them. */
    void forModerators(Post post, NotificationKind kind, Deliveries out) {
        ForumCategory category = post.getTopic().getCategory();
        Set<Long> moderators = new LinkedHashSet<>(category.getModeratorIds());
        if (moderators.isEmpty()) {
            moderators.addAll(forumAdministrators());
        }
        moderators.remove(post.getAuthor().getId());
        for (long id : moderators) {
            users.findById(id).filter(User::isActive).ifPresent(u -> deliver(id, kind, post, out));
        }
    }

    private List<Long> forumAdministrators() {
        List<Long> ids = new ArrayList<>();
        Arrays.stream(PlatformRole.values()).filter(r -> r.grants(Permission.MANAGE_FORUMS))
                .forEach(role -> users.activeWithRole(role).forEach(u -> ids.add(u.getId())));
        return ids;
    }

    private void deliver(long userId, NotificationKind kind, Post post, Deliveries out) {
        out.add(userId, notifications.deliver(userId, kind, post.getAuthor().getUsername(), post.getTopic().getTitle(),
                post.getTopic().getId(), post.getId(), post.getNumber()));
    }
}
