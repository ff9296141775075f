package eu.clus3.ui.forum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.forum.CategoryService;
import eu.clus3.core.forum.CategoryView;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.forum.WatchLevel;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/** One category: its topics by latest activity, watching it, opening a topic in it. */
@Route(value = "forum/category/:id", layout = MainLayout.class)
@PublicView
public class ForumCategoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CategoryService categories;
    private final TopicService topics;
    private final UiErrors errors;
    private final Optional<Actor> viewer;
    private String title = "";

    @Inject
    public ForumCategoryView(SignedInUser signedIn, CategoryService categories, TopicService topics, UiErrors errors) {
        this.categories = categories;
        this.topics = topics;
        this.errors = errors;
        this.viewer = signedIn.get();
        setId("forum-category-view");
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CategoryView c;
        try {
            c = categories.category(viewer, Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = c.name();
        removeAll();
        FlexLayout actions = new FlexLayout(new RouterLink(getTranslation("forum.title"), ForumView.class));
        actions.addClassName("c3-filters");
        actions.setAlignItems(Alignment.BASELINE);
        if (viewer.isPresent()) {
            Button newTopic = new Button(getTranslation("forum.newTopic"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewTopicView.class,
                            QueryParameters.simple(Map.of("category", String.valueOf(c.id()))))));
            newTopic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newTopic.setId("new-topic");
            Select<WatchLevel> watch = new Select<>();
            watch.setItems(WatchLevel.values());
            watch.setItemLabelGenerator(l -> getTranslation("forum.watch." + l.name()));
            watch.setValue(c.watchLevel());
            watch.setAriaLabel(getTranslation("forum.watchLevel"));
            watch.setId("category-watch");
            watch.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        categories.watch(viewer.get(), c.id(), e.getValue());
                    } catch (Clus3Exception ex) {
                        errors.show(ex);
                    }
                }
            });
            actions.add(newTopic, watch);
        }
        add(actions);
        if (c.description() != null) {
            add(new Paragraph(c.description()));
        }
        if (!c.moderators().isEmpty()) {
            Paragraph mods = new Paragraph(getTranslation("forum.moderators", String.join(", ", c.moderators())));
            mods.addClassName("c3-secondary");
            add(mods);
        }
        add(new TopicList(topics, viewer, c.id()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
