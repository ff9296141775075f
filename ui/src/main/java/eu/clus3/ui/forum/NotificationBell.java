package eu.clus3.ui.forum;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.notification.NotificationService;

/** The bell in the header: the number of unread notifications, kept up to date live; opens the list. */
public class NotificationBell extends Composite<Button> {

    private final NotificationService notifications;
    private final LiveUpdates live;
    private final Actor actor;
    private final Span count = new Span();
    private Runnable stop;

    public NotificationBell(NotificationService notifications, LiveUpdates live, Actor actor) {
        this.notifications = notifications;
        this.live = live;
        this.actor = actor;
        Button b = getContent();
        b.setIcon(VaadinIcon.BELL.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.setId("notification-bell");
        count.setId("notification-count");
        count.addClassNames("c3-badge", "c3-badge-warning", "c3-bell-count");
        b.setSuffixComponent(count);
        b.addClickListener(e -> b.getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    private void refresh() {
        long unread = notifications.unreadCount(actor);
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        getContent().setAriaLabel(getTranslation("notifications.bell", unread));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        stop = live.onNotification(event.getUI(), actor.userId(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stop != null) {
            stop.run();
        }
    }
}
