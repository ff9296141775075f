package eu.clus3.core.forum;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * Tells open topic pages that a post appeared or changed (live updates): services announce after their
 * transaction committed, pages listen while they are shown. One node only; several nodes would relay
 * announcements over the data grid.
 */
@ApplicationScoped
public class TopicActivity {

    private final Map<Long, List<IntConsumer>> listeners = new ConcurrentHashMap<>();

    /** Hears of changes in a topic (the post number is given); run the returned action to stop. */
    public Runnable listen(long topicId, IntConsumer listener) {
        listeners.computeIfAbsent(topicId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(topicId, List.of()).remove(listener);
    }

    void announce(long topicId, int postNumber) {
        for (IntConsumer l : listeners.getOrDefault(topicId, List.of())) {
            try {
                l.accept(postNumber);
            } catch (RuntimeException e) {
                // a page that went away must not stop the others from hearing
            }
        }
    }
}
