package eu.clus3.core.modules;

import eu.clus3.core.identity.Actor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Who a module acts for right now ({@code ModuleContext.currentUser()}): the actor set explicitly on this
 * thread, else the first answer of the registered sources (the REST request's actor, the Vaadin session's
 * user). Modules never see an {@link Actor}; only the host reads this.
 */
public final class ModuleCaller {

    private static final ThreadLocal<Actor> EXPLICIT = new ThreadLocal<>();
    private final List<Supplier<Optional<Actor>>> sources = new CopyOnWriteArrayList<>();

    /** Adds a way to find the current actor (asked in the order added). */
    public void addSource(Supplier<Optional<Actor>> source) {
        sources.add(source);
    }

    public Optional<Actor> current() {
        Actor explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        for (Supplier<Optional<Actor>> source : sources) {
            try {
                Optional<Actor> actor = source.get();
                if (actor.isPresent()) {
                    return actor;
                }
            } catch (RuntimeException e) {
                // no request here (an event thread, push): try the next source
            }
        }
        return Optional.empty();
    }

    /** Runs work on behalf of {@code actor} (or of nobody when empty). */
    public static <T> T as(Optional<Actor> actor, Supplier<T> work) {
        Actor previous = EXPLICIT.get();
        actor.ifPresentOrElse(EXPLICIT::set, EXPLICIT::remove);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
