package eu.clus3.ui.forum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.identity.Actor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import eu.clus3.core.notification.DigestFrequency;
import eu.clus3.core.notification.DigestService;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.notification.NotificationView;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

/** The signed-in person's notifications, newest first; opening one marks it read. */
@Route(value = "notifications", layout = MainLayout.class)
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Actor actor;
    private final VerticalLayout list = new VerticalLayout();

    @Inject
    public NotificationsView(SignedInUser signedIn, NotificationService notifications, DigestService digests) {
        this.notifications = notifications;
        this.actor = signedIn.require();
        setId("notifications-view");
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notification-list");
        Button allRead = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead(actor);
            show();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allRead.setId("mark-all-read");
        Select<DigestFrequency> digest = new Select<>();
        digest.setLabel(getTranslation("notifications.digest"));
        digest.setItems(DigestFrequency.values());
        digest.setItemLabelGenerator(f -> getTranslation("notifications.digest." + f.name()));
        digest.setValue(digests.mine(actor).frequency());
        digest.setId("digest-frequency");
        digest.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                digests.choose(actor, e.getValue());
            }
        });
        FlexLayout top = new FlexLayout(allRead, digest);
        top.addClassName("c3-filters");
        top.setAlignItems(Alignment.BASELINE);
        add(top, list);
        show();
    }

    private void show() {
        list.removeAll();
        var page = notifications.mine(actor, new PageRequest(0, 100));
        if (page.items().isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (NotificationView n : page.items()) {
            String text = getTranslation("notifications.kind." + n.kind().name(),
                    n.actorUsername() == null ? "" : n.actorUsername(), n.subjectTitle());
            Div row = new Div();
            row.addClassName("c3-notification");
            if (!n.read()) {
                row.addClassName("c3-notification-unread");
            }
            if (n.topicId() != null) {
                RouterLink link = new RouterLink(text, TopicView.class, TopicView.params(n.topicId()));
                link.getElement().addEventListener("click", e -> notifications.markRead(actor, n.id()));
                row.add(link);
            } else if (n.link() != null) {
                // A module's notification: its link is platform-relative (checked when it was sent).
                Anchor link = new Anchor(n.link(), text);
                link.getElement().setAttribute("router-link", true);
                link.getElement().addEventListener("click", e -> notifications.markRead(actor, n.id()));
                row.add(link);
            } else {
                row.add(new Span(text));
            }
            Span when = new Span(" · " + ForumFormat.when(n.createdAt(), getLocale()));
            when.addClassName("c3-secondary");
            row.add(when);
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
