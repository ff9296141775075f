package eu.clus3.core.forum;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Drafts kept while someone types (the composer saves every few seconds), so a closed tab or a lost
 * connection loses nothing. Private to their writer; a reply or a new topic, once sent, removes its draft.
 * Drafts are checked for length and characters like posts, but a draft may be empty or unfinished.
 */
@ApplicationScoped
public class DraftService {

    private Database db;
    private ForumRepository forum;
    private TopicService topics;
    private Clock clock;

    protected DraftService() {
        // for CDI proxies
    }

    @Inject
    public DraftService(Database db, ForumRepository forum, TopicService topics, Clock clock) {
        this.db = db;
        this.forum = forum;
        this.topics = topics;
        this.clock = clock;
    }

    /** The actor's draft of a reply to {@code topicId}, or of a new topic when {@code topicId} is null. */
    public Optional<DraftView> draft(Actor actor, Long topicId) {
        return db.inTransaction(() -> find(actor.userId(), topicId).map(DraftView::of));
    }

    /** Keeps what the actor is writing; an empty body and title discard the draft. */
    public Optional<DraftView> save(Actor actor, Long topicId, Long categoryId, String title, String body) {
        String text = body == null ? "" : body;
        Validator v = new Validator().maxLength("title", title, ForumInput.TITLE_MAX);
        if (!text.isEmpty()) {
            ForumInput.body(v, text);
        }
        v.throwIfInvalid();
        return db.inTransaction(() -> {
            if (topicId != null) {
                topics.readableTopic(Optional.of(actor), topicId);
            }
            if (text.isBlank() && (title == null || title.isBlank())) {
                find(actor.userId(), topicId).ifPresent(forum::remove);
                return Optional.<DraftView>empty();
            }
            Draft d = find(actor.userId(), topicId).orElseGet(() -> forum.add(new Draft(actor.userId(), topicId)));
            d.write(topicId == null ? categoryId : null, topicId == null ? title : null, text, clock.instant());
            db.em().flush();
            return Optional.of(DraftView.of(d));
        });
    }

    public void discard(Actor actor, Long topicId) {
        db.inTransaction(() -> find(actor.userId(), topicId).ifPresent(forum::remove));
    }

    private Optional<Draft> find(long userId, Long topicId) {
        return forum.draft(userId, topicId);
    }
}
