package eu.clus3.ui.forum;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.clus3.core.forum.DraftService;
import eu.clus3.core.forum.ForumImageService;
import eu.clus3.core.forum.ModerationService;
import eu.clus3.core.forum.PostPage;
import eu.clus3.core.forum.PostStatus;
import eu.clus3.core.forum.PostView;
import eu.clus3.core.forum.RevisionView;
import eu.clus3.core.forum.TopicDetails;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.forum.WatchLevel;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.Markdown;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A topic: its posts page by page (a topic of thousands of replies loads twenty at a time), the reply
 * composer with a preview, likes, flags, accepted answers, the moderators' menu. Replies by others appear
 * without a reload (push).
 */
@Route(value = "forum/topic/:id", layout = MainLayout.class)
@PublicView
public class TopicView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 20;
    private final TopicService topics;
    private final ModerationService moderation;
    private final LiveUpdates live;
    private final DraftService drafts;
    private final UiErrors errors;
    private final Optional<Actor> viewer;
    private final ForumImageService images;
    private final VerticalLayout posts = new VerticalLayout();
    private final Button more = new Button();
    private final Map<Integer, Div> cards = new LinkedHashMap<>();
    private TopicDetails topic;
    private int lastShown;
    private Runnable stopListening;

    @Inject
    public TopicView(SignedInUser signedIn, TopicService topics, ModerationService moderation, LiveUpdates live,
                     DraftService drafts, ForumImageService images, UiErrors errors) {
        this.topics = topics;
        this.images = images;
        this.moderation = moderation;
        this.live = live;
        this.drafts = drafts;
        this.errors = errors;
        this.viewer = signedIn.get();
        setId("topic-view");
        posts.setPadding(false);
        posts.setId("posts");
        more.setText(getTranslation("forum.morePosts"));
        more.setId("more-posts");
        more.addClickListener(e -> loadMore());
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            topic = topics.topic(viewer, Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        cards.clear();
        posts.removeAll();
        // a search hit links to one reply (?post=N): show the topic from there, with a way back to its start
        int from = event.getLocation().getQueryParameters().getParameters().getOrDefault("post", java.util.List.of())
                .stream().findFirst().map(TopicView::postNumber).orElse(0);
        lastShown = from > 1 ? from - 1 : 0;
        add(header());
        if (from > 1) {
            com.vaadin.flow.router.RouterLink start = new com.vaadin.flow.router.RouterLink(
                    getTranslation("forum.fromTheStart"), TopicView.class,
                    new com.vaadin.flow.router.RouteParameters("id", String.valueOf(topic.id())));
            start.setId("topic-from-start");
            add(start);
        }
        add(posts, more);
        loadMore();
        if (from > 1 && cards.containsKey(from)) {
            cards.get(from).scrollIntoView();
        }
        if (topic.permissions().reply()) {
            add(composer());
        } else if (viewer.isEmpty()) {
            add(new Paragraph(getTranslation("forum.signInToReply")));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (topic != null) {
            stopListening = live.onTopic(event.getUI(), topic.id(), this::changed);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    public String getPageTitle() {
        return topic == null ? "" : topic.title();
    }

    // --- the topic's heading ---

    private Component header() {
        FlexLayout top = new FlexLayout(new RouterLink(topic.categoryName(), ForumCategoryView.class,
                ForumCategoryView.params(topic.categoryId())));
        top.addClassName("c3-filters");
        top.setAlignItems(Alignment.BASELINE);
        H2 title = new H2(topic.title());
        title.addClassName("c3-title");
        title.setId("topic-title");
        FlexLayout badges = new FlexLayout();
        badges.addClassName("c3-chips");
        if (topic.question()) {
            badges.add(ForumFormat.badge(getTranslation("forum.question"), "primary"));
        }
        if (topic.pinned()) {
            badges.add(ForumFormat.badge(getTranslation("forum.pinned"), "primary"));
        }
        if (topic.closed() || topic.locked()) {
            badges.add(ForumFormat.badge(getTranslation(topic.locked() ? "forum.locked" : "forum.closed"), "muted"));
        }
        topic.tags().forEach(t -> badges.add(ForumFormat.badge(t, "muted")));
        if (viewer.isPresent()) {
            Select<WatchLevel> watch = new Select<>();
            watch.setItems(WatchLevel.values());
            watch.setItemLabelGenerator(l -> getTranslation("forum.watch." + l.name()));
            watch.setValue(topic.watchLevel());
            watch.setAriaLabel(getTranslation("forum.watchLevel"));
            watch.setId("topic-watch");
            watch.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> topics.watch(viewer.get(), topic.id(), e.getValue()));
                }
            });
            top.add(watch);
        }
        if (topic.permissions().moderate()) {
            top.add(moderatorMenu());
        }
        return new Div(top, title, badges);
    }

    private Component moderatorMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("topic-moderation");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        SubMenu sub = menu.addItem(getTranslation("forum.moderate")).getSubMenu();
        sub.addItem(getTranslation(topic.closed() ? "forum.reopen" : "forum.close"), e -> setState(
                new ModerationService.TopicState(!topic.closed(), null, null)));
        sub.addItem(getTranslation(topic.locked() ? "forum.unlock" : "forum.lock"), e -> setState(
                new ModerationService.TopicState(null, !topic.locked(), null)));
        sub.addItem(getTranslation(topic.pinned() ? "forum.unpin" : "forum.pin"), e -> setState(
                new ModerationService.TopicState(null, null, !topic.pinned())));
        sub.addItem(getTranslation("forum.split"), e -> splitDialog());
        return menu;
    }

    private void splitDialog() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("forum.split"));
        TextField numbers = new TextField(getTranslation("forum.splitNumbers"));
        numbers.setHelperText(getTranslation("forum.splitNumbersHelp"));
        numbers.setWidthFull();
        TextField newTitle = new TextField(getTranslation("forum.topicTitle"));
        newTitle.setWidthFull();
        newTitle.setMaxLength(200);
        Button split = new Button(getTranslation("forum.split"), e -> {
            try {
                java.util.List<Integer> chosen = java.util.Arrays.stream(numbers.getValue().split("[,\\s]+"))
                        .filter(x -> x.matches("\\d{1,9}")).map(Integer::valueOf).toList();
                TopicDetails created = moderation.split(viewer.get(), topic.id(), chosen, newTitle.getValue(), null);
                d.close();
                getUI().ifPresent(ui -> ui.navigate(TopicView.class, params(created.id())));
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("numbers", numbers, "title", newTitle));
            }
        });
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(numbers, newTitle);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), split);
        d.open();
    }

    private void setState(ModerationService.TopicState state) {
        act(() -> moderation.setState(viewer.get(), topic.id(), state));
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    // --- posts ---

    private static int postNumber(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void loadMore() {
        PostPage page = topics.posts(viewer, topic.id(), lastShown, PAGE);
        for (PostView p : page.posts()) {
            Div card = card(p);
            cards.put(p.number(), card);
            posts.add(card);
            lastShown = p.number();
        }
        more.setVisible(page.more());
        if (viewer.isPresent() && lastShown > topic.lastReadNumber()) {
            try {
                topics.markRead(viewer.get(), topic.id(), lastShown);
            } catch (Clus3Exception e) {
                // another tab of the same person recorded it at the same moment: nothing is lost
            }
        }
    }

    /** Something happened to post {@code number}: show it if new and we are at the end, else redraw it. */
    private void changed(int number) {
        Div card = cards.get(number);
        if (card == null) {
            if (!more.isVisible()) {
                loadMore();
            }
            return;
        }
        long id = Long.parseLong(card.getElement().getAttribute("data-post"));
        try {
            Div fresh = card(topics.post(viewer, id));
            posts.replace(card, fresh);
            cards.put(number, fresh);
        } catch (NotFoundException e) {
            posts.remove(card);
            cards.remove(number);
        }
    }

    private Div card(PostView p) {
        Div card = new Div();
        card.addClassName("c3-post");
        card.setId("post-" + p.number());
        card.getElement().setAttribute("data-post", String.valueOf(p.id()));
        Span author = new Span(p.authorName() + " @" + p.author());
        author.addClassName("c3-post-author");
        Span when = new Span("#" + p.number() + " · " + ForumFormat.when(p.createdAt(), getLocale())
                + (p.editCount() > 0 ? " · " + getTranslation("forum.edited") : ""));
        when.addClassName("c3-secondary");
        FlexLayout badges = new FlexLayout();
        badges.addClassName("c3-chips");
        if (p.acceptedBy() != null) {
            Span accepted = ForumFormat.badge(getTranslation("forum.acceptedBy", p.acceptedBy()), "success");
            accepted.addClassName("c3-accepted");
            badges.add(accepted);
        }
        if (p.goodPractice()) {
            badges.add(ForumFormat.badge(getTranslation("forum.goodPractice"), "success"));
        }
        if (p.status() != PostStatus.VISIBLE) {
            badges.add(ForumFormat.badge(getTranslation("forum.status." + p.status().name()), "warning"));
        }
        card.add(new Div(author, new Span(" "), when), badges, ForumFormat.markdown(p.html()), actions(p));
        return card;
    }

    private Component actions(PostView p) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("c3-post-actions");
        bar.setSpacing(false);
        Button likes = small(VaadinIcon.THUMBS_UP, String.valueOf(p.likes()));
        likes.setId("like-" + p.number());
        likes.setAriaLabel(getTranslation("forum.like"));
        boolean own = viewer.map(a -> a.username().equals(p.author())).orElse(false);
        likes.setEnabled(viewer.isPresent() && !own && p.status() == PostStatus.VISIBLE);
        if (p.likedByMe()) {
            likes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        likes.addClickListener(e -> redraw(p, () -> p.likedByMe() ? topics.unlike(viewer.get(), p.id())
                : topics.like(viewer.get(), p.id())));
        bar.add(likes);
        if (viewer.isEmpty()) {
            return bar;
        }
        if (topic.permissions().reply() && p.status() == PostStatus.VISIBLE) {
            Button quote = small(VaadinIcon.QUOTE_LEFT, getTranslation("forum.quote"));
            quote.addClickListener(e -> quote(p));
            bar.add(quote);
        }
        if (topic.permissions().accept() && p.number() > 1 && p.status() == PostStatus.VISIBLE) {
            Button accept = small(VaadinIcon.CHECK, getTranslation(p.acceptedBy() == null ? "forum.accept" : "forum.unaccept"));
            accept.setId("accept-" + p.number());
            accept.addClickListener(e -> redraw(p, () -> p.acceptedBy() == null ? topics.accept(viewer.get(), p.id())
                    : topics.unaccept(viewer.get(), p.id())));
            bar.add(accept);
        }
        if (p.canEdit()) {
            Button edit = small(VaadinIcon.EDIT, getTranslation("forum.edit"));
            edit.setId("edit-" + p.number());
            edit.addClickListener(e -> editDialog(p, own));
            bar.add(edit);
        }
        if (p.editCount() > 0 && (own || topic.permissions().moderate())) {
            Button history = small(VaadinIcon.TIME_BACKWARD, getTranslation("forum.history"));
            history.addClickListener(e -> historyDialog(p));
            bar.add(history);
        }
        if (!own && p.status() == PostStatus.VISIBLE) {
            Button flag = small(VaadinIcon.FLAG, getTranslation("forum.flag"));
            flag.setId("flag-" + p.number());
            flag.addClickListener(e -> flagDialog(p));
            bar.add(flag);
        }
        if (topic.permissions().moderate()) {
            bar.add(postModeration(p));
        }
        return bar;
    }

    private Component postModeration(PostView p) {
        MenuBar menu = new MenuBar();
        menu.setId("moderate-" + p.number());
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        SubMenu sub = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create()).getSubMenu();
        switch (p.status()) {
            case VISIBLE -> sub.addItem(getTranslation("forum.hide"), e -> Confirm.destructive(
                    getTranslation("forum.hide"), getTranslation("forum.hideConfirm"), getTranslation("forum.hide"),
                    () -> redraw(p, () -> moderation.hide(viewer.get(), p.id(), null)))).setId("hide-" + p.number());
            case HIDDEN -> sub.addItem(getTranslation("forum.unhide"), e -> redraw(p,
                    () -> moderation.unhide(viewer.get(), p.id())));
            case PENDING -> {
                sub.addItem(getTranslation("forum.approve"), e -> redraw(p, () -> moderation.approve(viewer.get(), p.id())));
                sub.addItem(getTranslation("forum.reject"), e -> Confirm.destructive(getTranslation("forum.reject"),
                        getTranslation("forum.rejectConfirm"), getTranslation("forum.reject"),
                        () -> redraw(p, () -> moderation.reject(viewer.get(), p.id()))));
            }
            default -> { }
        }
        sub.addItem(getTranslation(p.goodPractice() ? "forum.unmarkGoodPractice" : "forum.markGoodPractice"),
                e -> redraw(p, () -> moderation.markGoodPractice(viewer.get(), p.id(), !p.goodPractice())));
        return menu;
    }

    private static Button small(VaadinIcon icon, String text) {
        Button b = new Button(text, icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void redraw(PostView p, Supplier<PostView> action) {
        try {
            PostView after = action.get();
            Div old = cards.get(p.number());
            Div fresh = card(after);
            posts.replace(old, fresh);
            cards.put(p.number(), fresh);
        } catch (Clus3Exception e) {
            errors.show(e);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Clus3Exception e) {
            errors.show(e);
        }
    }

    // --- dialogs ---

    private void flagDialog(PostView p) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("forum.flagTitle"));
        TextField reason = new TextField(getTranslation("forum.reason"));
        reason.setId("flag-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button send = new Button(getTranslation("forum.flag"), e -> {
            try {
                moderation.flag(viewer.get(), p.id(), reason.getValue());
                d.close();
                com.vaadin.flow.component.notification.Notification.show(getTranslation("forum.flagged"));
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("reason", reason));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("flag-send");
        d.add(reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), send);
        d.open();
    }

    private void editDialog(PostView p, boolean own) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("forum.edit"));
        d.setWidth("min(48rem, 95vw)");
        TextArea body = new TextArea(getTranslation("forum.body"));
        body.setValue(p.markdown());
        body.setWidthFull();
        body.setMinHeight("12rem");
        TextField reason = new TextField(getTranslation(own ? "forum.reasonOptional" : "forum.reason"));
        reason.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                PostView after = topics.edit(viewer.get(), p.id(), p.version(), body.getValue(), reason.getValue());
                d.close();
                Div fresh = card(after);
                posts.replace(cards.get(p.number()), fresh);
                cards.put(p.number(), fresh);
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("body", body, "reason", reason));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(body, reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private void historyDialog(PostView p) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("forum.history"));
        d.setWidth("min(48rem, 95vw)");
        try {
            for (RevisionView r : topics.history(viewer.get(), p.id())) {
                Paragraph head = new Paragraph(getTranslation("forum.revision", r.revision(), r.editor(),
                        ForumFormat.when(r.editedAt(), getLocale()), r.reason() == null ? "" : r.reason()));
                head.addClassName("c3-secondary");
                Div before = new Div();
                if (r.titleBefore() != null) {
                    before.add(new Paragraph(getTranslation("forum.titleBefore", r.titleBefore())));
                }
                Paragraph text = new Paragraph(r.bodyBefore());
                text.addClassName("c3-revision");
                before.add(text);
                d.add(head, before);
            }
        } catch (Clus3Exception e) {
            errors.show(e);
            return;
        }
        d.getFooter().add(new Button(getTranslation("action.done"), e -> d.close()));
        d.open();
    }

    // --- the composer ---

    private TextArea replyBody;

    private void quote(PostView p) {
        if (replyBody != null) {
            String quoted = "> " + p.markdown().replace("\n", "\n> ") + "\n\n";
            replyBody.setValue(replyBody.getValue() + quoted);
            replyBody.focus();
        }
    }

    private Component composer() {
        replyBody = new TextArea(getTranslation("forum.reply"));
        replyBody.setId("reply-body");
        replyBody.setWidthFull();
        replyBody.setMinHeight("8rem");
        replyBody.setHelperText(getTranslation("forum.markdownHelp"));
        // Kept while typing: a closed tab or a lost connection loses nothing.
        drafts.draft(viewer.get(), topic.id()).ifPresent(d -> replyBody.setValue(d.body()));
        replyBody.setValueChangeMode(ValueChangeMode.LAZY);
        replyBody.setValueChangeTimeout(2000);
        replyBody.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    drafts.save(viewer.get(), topic.id(), null, null, e.getValue());
                } catch (Clus3Exception ex) {
                    errors.show(ex, Map.of("body", replyBody));
                }
            }
        });
        Div preview = new Div();
        preview.setId("reply-preview");
        preview.setVisible(false);
        Button showPreview = new Button(getTranslation("forum.preview"), e -> {
            preview.removeAll();
            preview.add(ForumFormat.markdown(Markdown.toSafeHtml(replyBody.getValue())));
            preview.setVisible(!preview.isVisible());
        });
        Button send = new Button(getTranslation("forum.send"), VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("reply-submit");
        send.addClickListener(e -> {
            UiErrors.clear(Map.of("body", replyBody));
            try {
                PostView written = topics.reply(viewer.get(), topic.id(), replyBody.getValue());
                replyBody.clear();
                preview.setVisible(false);
                if (written.status() == PostStatus.PENDING) {
                    com.vaadin.flow.component.notification.Notification.show(getTranslation("forum.awaitsApproval"));
                }
                if (!cards.containsKey(written.number()) && !more.isVisible()) {
                    loadMore();
                }
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("body", replyBody));
            }
        });
        var addImage = PostImages.upload(images, viewer.get(), () -> null, topic.id(), replyBody, errors,
                () -> drafts.save(viewer.get(), topic.id(), null, null, replyBody.getValue()));
        addImage.setId("reply-image");
        HorizontalLayout buttons = new HorizontalLayout(showPreview, send);
        VerticalLayout box = new VerticalLayout(replyBody, addImage, buttons, preview);
        box.setPadding(false);
        box.addClassName("c3-composer");
        return box;
    }
}
