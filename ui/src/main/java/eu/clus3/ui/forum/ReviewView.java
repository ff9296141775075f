package eu.clus3.ui.forum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.forum.ModerationService;
import eu.clus3.core.forum.PostStatus;
import eu.clus3.core.forum.ReviewItem;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.List;

/** The moderators' queue: posts waiting for approval and flagged posts, oldest first. */
@Route(value = "forum/review", layout = MainLayout.class)
public class ReviewView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final UiErrors errors;
    private final Actor actor;

    @Inject
    public ReviewView(SignedInUser signedIn, ModerationService moderation, UiErrors errors) {
        this.moderation = moderation;
        this.errors = errors;
        this.actor = signedIn.require();
        setId("review-view");
        show();
    }

    private void show() {
        removeAll();
        List<ReviewItem> items;
        try {
            items = moderation.reviewQueue(actor, new PageRequest(0, 100));
        } catch (Clus3Exception e) {
            add(new Paragraph(getTranslation("error.forbidden")));
            return;
        }
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("forum.reviewEmpty")));
        }
        for (ReviewItem item : items) {
            Div card = new Div();
            card.addClassName("c3-post");
            card.add(new RouterLink(item.categoryName() + " · " + item.topicTitle(), TopicView.class,
                    TopicView.params(item.topicId())));
            Span who = new Span(" #" + item.post().number() + " @" + item.post().author() + " · "
                    + getTranslation("forum.status." + item.post().status().name()));
            who.addClassName("c3-secondary");
            card.add(who, ForumFormat.markdown(item.post().html()));
            item.flags().forEach(f -> card.add(new Paragraph(getTranslation("forum.flaggedBy", f.flagger(), f.reason()))));
            HorizontalLayout actions = new HorizontalLayout();
            long id = item.post().id();
            if (item.post().status() == PostStatus.PENDING) {
                actions.add(button("forum.approve", () -> moderation.approve(actor, id)));
                actions.add(new Button(getTranslation("forum.reject"), e -> Confirm.destructive(
                        getTranslation("forum.reject"), getTranslation("forum.rejectConfirm"),
                        getTranslation("forum.reject"), () -> run(() -> moderation.reject(actor, id)))));
            } else {
                actions.add(new Button(getTranslation("forum.hide"), e -> Confirm.destructive(
                        getTranslation("forum.hide"), getTranslation("forum.hideConfirm"),
                        getTranslation("forum.hide"), () -> run(() -> moderation.hide(actor, id, null)))));
                actions.add(button(item.post().status() == PostStatus.HIDDEN ? "forum.unhide" : "forum.dismissFlags",
                        () -> moderation.unhide(actor, id)));
            }
            card.add(actions);
            add(card);
        }
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> run(action));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (Clus3Exception e) {
            errors.show(e);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.review");
    }
}
