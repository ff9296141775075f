package eu.clus3.ui.forum;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import eu.clus3.core.forum.TopicActivity;
import eu.clus3.core.notification.NotificationService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.function.IntConsumer;

/**
 * Carries announcements (a new post, a notification) to the open tabs that listen, through Vaadin push.
 * The hop to the server's managed executor matters: an announcement arrives on the thread of the person
 * who posted, which holds their own session's lock, and must not reach into another session from there.
 */
@ApplicationScoped
public class LiveUpdates {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    @Inject
    TopicActivity activity;
    @Inject
    NotificationService notifications;

    /** Runs {@code update} in {@code ui} whenever something happens in the topic; returns how to stop. */
    public Runnable onTopic(UI ui, long topicId, IntConsumer update) {
        return activity.listen(topicId, number -> later(ui, () -> update.accept(number)));
    }

    /** Runs {@code update} in {@code ui} whenever the person gets a notification; returns how to stop. */
    public Runnable onNotification(UI ui, long userId, SerializableRunnable update) {
        return notifications.listen(userId, n -> later(ui, update));
    }

    private void later(UI ui, Runnable update) {
        executor.execute(() -> ui.access(update::run));
    }
}
