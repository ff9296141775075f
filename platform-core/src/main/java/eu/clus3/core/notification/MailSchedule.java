package eu.clus3.core.notification;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox every few seconds when an SMTP server is configured; otherwise says once that mail
 * stays in the outbox. One daemon thread of its own, so a slow SMTP server never holds up the server's
 * shared scheduler (the digests run there).
 */
@ApplicationScoped
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());
    /** How often due mail is looked for; a queued mail goes out within this. */
    static final long PERIOD_SECONDS = 10;

    @Inject
    MailDelivery delivery;
    private ScheduledExecutorService own;
    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "Mail: " + delivery.settings());
        if (!delivery.enabled()) {
            return;
        }
        own = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clus3-mail");
            t.setDaemon(true);
            return t;
        });
        task = own.scheduleWithFixedDelay(this::run, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            int sent = delivery.deliverDue();
            if (sent > 0) {
                LOG.info(() -> sent + " mail(s) delivered");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering mail failed; trying again at the next run", e);
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
