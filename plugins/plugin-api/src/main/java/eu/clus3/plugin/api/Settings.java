package eu.clus3.plugin.api;

import java.util.Optional;

/**
 * The current values of a module's {@link ModuleSetting settings}: what administrators set, else the declared
 * defaults. {@link ModuleContext#settings()} reads them from the platform's database when called, so a value is the
 * same on every node; keep the answer for one piece of work and ask again for the next, rather than for the module's
 * lifetime.
 *
 * <p>Each getter takes a declared key of its kind: an undeclared key, or one of another kind, throws
 * {@link IllegalArgumentException}.
 *
 * <p>When administrators change settings the platform publishes {@link #CHANGED} to the modules' listeners, with the
 * data {@code module} (whose settings), {@code version} and {@code keys} (the changed keys, comma-separated; never
 * values).
 *
 * @since 1.4.0
 */
public interface Settings {

    /** The topic of the event published after administrators changed a module's settings. */
    String CHANGED = "platform.module-settings-changed";

    /** A {@link ModuleSetting.Kind#TEXT} or {@link ModuleSetting.Kind#CHOICE}. */
    String text(String key);

    /** A {@link ModuleSetting.Kind#NUMBER}. */
    long number(String key);

    /** A {@link ModuleSetting.Kind#BOOLEAN}. */
    boolean flag(String key);

    /** A {@link ModuleSetting.Kind#SECRET}: empty until administrators set it. Never log it or show it. */
    Optional<String> secret(String key);
}
