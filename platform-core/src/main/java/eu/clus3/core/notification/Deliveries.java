package eu.clus3.core.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * The notifications written in one transaction, to be announced to open browser tabs once it committed
 * (never before: a rolled-back notification must not show up).
 */
public final class Deliveries {

    private final List<NotificationView> views = new ArrayList<>();
    private final List<Long> recipients = new ArrayList<>();

    public void add(long userId, NotificationView view) {
        if (view != null) {
            views.add(view);
            recipients.add(userId);
        }
    }

    public List<Long> recipients() {
        return List.copyOf(recipients);
    }

    /** Call after the transaction committed. */
    public void announce(NotificationService notifications) {
        notifications.announce(views, recipients);
    }
}
