package eu.clus3.plugin.api;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Work the platform runs for a module on a schedule (reminders, closing past events, nightly summaries). Register it
 * in {@link ModulePlugin#start()}; the platform stops it when the module stops. With several nodes, each run happens
 * on one node only and never overlaps with the previous one; a node that restarts resumes the schedule where it was
 * (a run missed while every node was down happens once, soon after the next start).
 *
 * <p>The work runs on a thread of the platform's, outside any request: {@link ModuleContext#currentUser()} is empty.
 * An exception is logged with the schedule's name and the next run happens as planned.
 *
 * @since 1.4.0
 */
public interface Schedules {

    /**
     * Runs {@code work} every {@code interval} (one minute at least), the first time one interval after the schedule
     * is first registered. Registering the same name again replaces the work and keeps its next run.
     *
     * @param name letters, digits, '-' and '.', at most 64 characters, unique within the module
     */
    void every(String name, Duration interval, Runnable work);

    /** Runs {@code work} once a day at {@code time}, in the platform's time zone. */
    void daily(String name, LocalTime time, Runnable work);
}
