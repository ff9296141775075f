package eu.clus3.core.notification;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due digests every quarter of an hour. Uses the server's managed scheduler when the server
 * offers one by its standard name, otherwise a daemon thread of its own (an injected {@code @Resource} of a
 * class in a library jar failed to deploy on Payara Micro, so the lookup is made here and may fail softly).
 */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Inject
    DigestService digests;
    private ScheduledExecutorService own;
    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ScheduledExecutorService scheduler = managed();
        if (scheduler == null) {
            own = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "clus3-digests");
                t.setDaemon(true);
                return t;
            });
            scheduler = own;
        }
        task = scheduler.scheduleWithFixedDelay(this::run, 5, 15, TimeUnit.MINUTES);
    }

    private static ScheduledExecutorService managed() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException | RuntimeException e) {
            LOG.info("No managed scheduler found; digests run on a thread of their own");
            return null;
        }
    }

    private void run() {
        try {
            int sent = digests.sendDue();
            if (sent > 0) {
                LOG.info(() -> sent + " notification digest(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending digests failed; trying again at the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        if (own != null) {
            own.shutdownNow();
        }
    }
}
