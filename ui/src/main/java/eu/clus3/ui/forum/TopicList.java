package eu.clus3.ui.forum;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.forum.PostStatus;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.forum.TopicSummary;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;

import java.util.Optional;

/** A page of topics by latest activity, with unread counts and a pager; one line per topic, narrow-screen friendly. */
class TopicList extends Composite<VerticalLayout> {

    private static final int SIZE = 20;
    private final TopicService topics;
    private final Optional<Actor> viewer;
    private final Long categoryId;
    private final VerticalLayout rows = new VerticalLayout();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Span position = new Span();
    private int page;

    TopicList(TopicService topics, Optional<Actor> viewer, Long categoryId) {
        this.topics = topics;
        this.viewer = viewer;
        this.categoryId = categoryId;
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("topic-list");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.setAriaLabel(getTranslation("forum.previousPage"));
        next.setAriaLabel(getTranslation("forum.nextPage"));
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        HorizontalLayout pager = new HorizontalLayout(previous, position, next);
        pager.setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().setPadding(false);
        getContent().add(rows, pager);
        show(0);
    }

    void show(int page) {
        Page<TopicSummary> p = topics.latest(viewer, categoryId, new PageRequest(Math.max(0, page), SIZE));
        this.page = p.page();
        rows.removeAll();
        if (p.items().isEmpty()) {
            rows.add(new Paragraph(getTranslation("forum.noTopics")));
        }
        p.items().forEach(t -> rows.add(row(t)));
        long pages = Math.max(1, (p.total() + SIZE - 1) / SIZE);
        position.setText(getTranslation("forum.pageOf", this.page + 1, pages));
        previous.setEnabled(this.page > 0);
        next.setEnabled(this.page + 1 < pages);
    }

    private Div row(TopicSummary t) {
        RouterLink title = new RouterLink(t.title(), TopicView.class, TopicView.params(t.id()));
        title.addClassName("c3-topic-title");
        FlexLayout badges = new FlexLayout();
        badges.addClassName("c3-chips");
        if (t.pinned()) {
            badges.add(ForumFormat.badge(getTranslation("forum.pinned"), "primary"));
        }
        if (t.question()) {
            badges.add(ForumFormat.badge(getTranslation("forum.question"), "primary"));
        }
        if (t.closed() || t.locked()) {
            badges.add(ForumFormat.badge(getTranslation("forum.closed"), "muted"));
        }
        if (t.status() == PostStatus.PENDING) {
            badges.add(ForumFormat.badge(getTranslation("forum.pending"), "warning"));
        }
        if (t.unread() != null && t.unread() > 0) {
            Span unread = ForumFormat.badge(getTranslation("forum.unread", t.unread()), "success");
            unread.addClassName("c3-unread");
            badges.add(unread);
        }
        t.tags().forEach(tag -> badges.add(ForumFormat.badge(tag, "muted")));
        Span meta = new Span(getTranslation("forum.topicMeta", t.categoryName(), t.posts(),
                t.lastPoster() == null ? t.author() : t.lastPoster(), ForumFormat.when(t.lastActivityAt(), getLocale())));
        meta.addClassName("c3-secondary");
        Div row = new Div(title, badges, meta);
        row.addClassName("c3-topic-row");
        return row;
    }
}
