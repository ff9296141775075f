package eu.clus3.core.modules;

import eu.clus3.core.database.Database;
import eu.clus3.plugin.api.Schedules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs modules' scheduled work ({@link Schedules}). Each schedule has a row in {@code module_schedules} with its next
 * run; a node runs it only after claiming the row with one conditional update (due, and not leased by a node whose
 * lease is still valid), so with several nodes each run happens once and runs never overlap. The lease lasts an hour:
 * a node that dies mid-run leaves the schedule to the others after that. Registrations live in memory, per node, and
 * go when the module stops (its running work is interrupted and waited for, so nothing of the module keeps running).
 */
final class ModuleScheduler implements ModuleMount, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModuleScheduler.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");
    static final Duration LEASE = Duration.ofHours(1);
    static final Duration SHORTEST = Duration.ofMinutes(1);

    /** One registered schedule of a running module. */
    private record Job(String moduleId, String name, String spec, UnaryOperator<Instant> next, Runnable work,
                       ClassLoader loader) {
    }

    private final Database db;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "clus3-module-schedule");
        t.setDaemon(true);
        t.setContextClassLoader(null);
        return t;
    });
    private volatile ScheduledExecutorService ticker;

    ModuleScheduler(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The schedules of one module, as its context hands them out. */
    Schedules of(String moduleId, ClassLoader loader) {
        return new Schedules() {
            @Override
            public void every(String name, Duration interval, Runnable work) {
                Objects.requireNonNull(interval, "interval");
                if (interval.compareTo(SHORTEST) < 0) {
                    throw new IllegalArgumentException("A schedule runs at most once a minute: " + interval);
                }
                register(new Job(moduleId, checked(name), "every " + interval, last -> last.plus(interval),
                        Objects.requireNonNull(work, "work"), loader));
            }

            @Override
            public void daily(String name, LocalTime time, Runnable work) {
                Objects.requireNonNull(time, "time");
                register(new Job(moduleId, checked(name), "daily " + time, last -> nextDaily(last, time),
                        Objects.requireNonNull(work, "work"), loader));
            }
        };
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A schedule's name is letters, digits, '-' and '.', at most 64: " + name);
        }
        return name;
    }

    private Instant nextDaily(Instant after, LocalTime time) {
        ZonedDateTime at = after.atZone(clock.getZone()).with(time);
        if (!at.toInstant().isAfter(after)) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }

    private void register(Job job) {
        Instant now = clock.instant();
        db.inTransaction(() -> {
            List<?> spec = db.em().createNativeQuery("SELECT spec FROM module_schedules WHERE plugin_id = ? AND name = ?")
                    .setParameter(1, job.moduleId()).setParameter(2, job.name()).getResultList();
            if (spec.isEmpty()) {
                db.em().createNativeQuery("INSERT INTO module_schedules (plugin_id, name, spec, next_run_at) VALUES (?, ?, ?, ?)")
                        .setParameter(1, job.moduleId()).setParameter(2, job.name()).setParameter(3, job.spec())
                        .setParameter(4, Timestamp.from(job.next().apply(now))).executeUpdate();
            } else if (!job.spec().equals(spec.get(0))) {
                db.em().createNativeQuery("UPDATE module_schedules SET spec = ?, next_run_at = ? WHERE plugin_id = ? AND name = ?")
                        .setParameter(1, job.spec()).setParameter(2, Timestamp.from(job.next().apply(now)))
                        .setParameter(3, job.moduleId()).setParameter(4, job.name()).executeUpdate();
            }
        });
        jobs.put(key(job.moduleId(), job.name()), job);
    }

    private static String key(String moduleId, String name) {
        return moduleId + "/" + name;
    }

    /** Starts looking for due work every {@code period}. */
    void start(Duration period) {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clus3-module-scheduler");
            t.setDaemon(true);
            t.setContextClassLoader(null);
            return t;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Looking for modules' due work failed; trying again shortly", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Claims every due schedule this node knows and starts its work; answers how many were started. */
    int runDue() {
        int started = 0;
        for (Job job : List.copyOf(jobs.values())) {
            String key = key(job.moduleId(), job.name());
            Future<?> previous = running.get(key);
            if (previous != null && !previous.isDone()) {
                continue;
            }
            if (claim(job)) {
                running.put(key, workers.submit(() -> run(job)));
                started++;
            }
        }
        return started;
    }

    private boolean claim(Job job) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.em().createNativeQuery("UPDATE module_schedules SET lease_owner = ?,"
                        + " lease_until = ?, last_started_at = ? WHERE plugin_id = ? AND name = ? AND next_run_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?)")
                .setParameter(1, node).setParameter(2, Timestamp.from(now.plus(LEASE))).setParameter(3, Timestamp.from(now))
                .setParameter(4, job.moduleId()).setParameter(5, job.name()).setParameter(6, Timestamp.from(now))
                .setParameter(7, Timestamp.from(now)).executeUpdate() == 1);
    }

    private void run(Job job) {
        String error = null;
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(job.loader());
        try {
            ModuleCaller.as(java.util.Optional.empty(), () -> {
                job.work().run();
                return null;
            });
        } catch (RuntimeException | LinkageError e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.log(Level.WARNING, "Scheduled work '" + job.name() + "' of module " + job.moduleId() + " failed", e);
        } finally {
            thread.setContextClassLoader(before);
        }
        Instant finished = clock.instant();
        String failure = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        try {
            db.inTransaction(() -> db.em().createNativeQuery("UPDATE module_schedules SET next_run_at = ?, lease_owner = NULL,"
                            + " lease_until = NULL, last_finished_at = ?, last_error = ? WHERE plugin_id = ? AND name = ?"
                            + " AND lease_owner = ?")
                    .setParameter(1, Timestamp.from(next(job, finished))).setParameter(2, Timestamp.from(finished))
                    .setParameter(3, failure).setParameter(4, job.moduleId()).setParameter(5, job.name())
                    .setParameter(6, node).executeUpdate());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The next run of '" + job.name() + "' of module " + job.moduleId()
                    + " could not be saved; its lease ends in " + LEASE.toMinutes() + " minutes", e);
        }
    }

    /** The next run after one that finished now: never in the past, so a long outage gives one catch-up run. */
    private static Instant next(Job job, Instant finished) {
        return job.next().apply(finished);
    }

    @Override
    public void started(RunningModule module) {
        // modules register their schedules themselves, in ModulePlugin.start()
    }

    @Override
    public void stopping(RunningModule module) {
        forget(module.id());
    }

    /** Drops a module's schedules on this node and waits (briefly) for its running work, interrupted. */
    void forget(String moduleId) {
        jobs.keySet().removeIf(k -> k.startsWith(moduleId + "/"));
        running.entrySet().removeIf(e -> {
            if (!e.getKey().startsWith(moduleId + "/")) {
                return false;
            }
            Future<?> work = e.getValue();
            work.cancel(true);
            try {
                work.get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // cancelled, failed or still busy: nothing more to do here
            }
            return true;
        });
    }

    /** What a module's schedules are in the database: for administrators and tests. */
    List<Object[]> stored(String moduleId) {
        return db.inTransaction(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.em().createNativeQuery("SELECT name, spec, next_run_at, last_finished_at, last_error"
                    + " FROM module_schedules WHERE plugin_id = ? ORDER BY name").setParameter(1, moduleId).getResultList();
            return rows;
        });
    }

    /** Removes a module's schedules (its data is purged). Call inside a transaction. */
    static int purge(Database db, String moduleId) {
        return db.em().createNativeQuery("DELETE FROM module_schedules WHERE plugin_id = ?").setParameter(1, moduleId)
                .executeUpdate();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        jobs.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().toList().forEach(this::forget);
        workers.shutdownNow();
    }
}
