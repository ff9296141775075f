package eu.clus3.core.modules;

import eu.clus3.core.identity.Actor;
import eu.clus3.plugin.api.ModuleEvent;
import eu.clus3.plugin.api.ModuleEventListener;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The event bus between the platform and modules: events are delivered asynchronously, in publication
 * order, on one platform thread, to the listeners of the modules running at delivery time. A listener
 * that throws is logged and skipped; the publisher never waits.
 */
public final class ModuleEvents implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModuleEvents.class.getName());
    /** The source of the platform's own events, and the prefix of their topics. */
    public static final String PLATFORM = "platform";
    private static final Pattern TOPIC_REST = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Clock clock;
    private final Supplier<List<RunningModule>> running;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clus3-module-events");
        t.setDaemon(true);
        t.setContextClassLoader(null);
        return t;
    });

    public ModuleEvents(Clock clock, Supplier<List<RunningModule>> running) {
        this.clock = clock;
        this.running = running;
    }

    /** Publishes an event of {@code source} (a module id or {@link #PLATFORM}), whose topics start with {@code source + "."}. */
    public void publish(String source, String topic, Map<String, String> data) {
        requireTopic(source, topic);
        ModuleEvent event = new ModuleEvent(topic, source, data == null ? Map.of() : data, clock.instant());
        if (!delivery.isShutdown()) {
            delivery.execute(() -> deliver(event));
        }
    }

    /** Refuses a topic that is not {@code source + "."} followed by letters, digits, '.', '_' or '-'. */
    public static void requireTopic(String source, String topic) {
        if (topic == null || !topic.startsWith(source + ".") || !TOPIC_REST.matcher(topic.substring(source.length() + 1)).matches()) {
            throw new IllegalArgumentException("Topics of '" + source + "' are '" + source
                    + ".' followed by letters, digits, '.', '_' or '-': " + topic);
        }
    }

    /**
     * Publishes a platform event that listeners receive on behalf of {@code actor} (their
     * {@code currentUser()}), for platform events that invite modules to act with someone's rights, such
     * as adding their demo content as the administrator.
     */
    public void publishAs(Optional<Actor> actor, String topic, Map<String, String> data) {
        if (topic == null || !topic.startsWith(PLATFORM + ".") || !TOPIC_REST.matcher(topic.substring(PLATFORM.length() + 1)).matches()) {
            throw new IllegalArgumentException("Not a platform topic: " + topic);
        }
        ModuleEvent event = new ModuleEvent(topic, PLATFORM, data == null ? Map.of() : data, clock.instant());
        if (!delivery.isShutdown()) {
            delivery.execute(() -> ModuleCaller.as(actor, () -> {
                deliver(event);
                return null;
            }));
        }
    }

    private void deliver(ModuleEvent event) {
        for (RunningModule module : running.get()) {
            for (ModuleEventListener listener : module.listeners()) {
                Thread thread = Thread.currentThread();
                thread.setContextClassLoader(module.classLoader());
                try {
                    if (listener.accepts(event.topic())) {
                        listener.onEvent(event);
                    }
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, "Module " + module.id() + " failed on event " + event.topic(), e);
                } finally {
                    thread.setContextClassLoader(null);
                }
            }
        }
    }

    /** Waits until every event published so far is delivered (tests, orderly shutdown). */
    public void drain() {
        try {
            delivery.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("events not delivered in time", e);
        }
    }

    /** Delivers what is queued (for a few seconds at most), then stops. */
    @Override
    public void close() {
        delivery.shutdown();
        try {
            if (!delivery.awaitTermination(5, TimeUnit.SECONDS)) {
                delivery.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.shutdownNow();
        }
    }
}
