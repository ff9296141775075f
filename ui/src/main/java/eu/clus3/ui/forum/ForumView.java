package eu.clus3.ui.forum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.forum.CategoryService;
import eu.clus3.core.forum.CategoryView;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.identity.Actor;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The forum home: the categories one may read and the latest topics across them. */
@Route(value = "forum", layout = MainLayout.class)
@PublicView
public class ForumView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public ForumView(SignedInUser signedIn, CategoryService categories, TopicService topics) {
        Optional<Actor> viewer = signedIn.get();
        setId("forum-view");
        List<CategoryView> readable = categories.categories(viewer);
        FlexLayout actions = new FlexLayout();
        actions.addClassName("c3-filters");
        if (viewer.isPresent() && !readable.isEmpty()) {
            Button newTopic = new Button(getTranslation("forum.newTopic"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewTopicView.class)));
            newTopic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newTopic.setId("new-topic");
            actions.add(newTopic);
        }
        if (readable.stream().anyMatch(CategoryView::moderator)) {
            actions.add(new RouterLink(getTranslation("forum.review"), ReviewView.class));
        }

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("c3-cards");
        cards.setId("forum-categories");
        for (CategoryView c : readable) {
            Div card = new Div();
            card.addClassName("c3-card");
            H3 name = new H3(new RouterLink(c.name(), ForumCategoryView.class, ForumCategoryView.params(c.id())));
            Span count = new Span(getTranslation("forum.topicCount", c.topics()));
            count.addClassName("c3-secondary");
            card.add(name, new Paragraph(c.description() == null ? "" : c.description()), count);
            cards.add(card);
        }
        if (readable.isEmpty()) {
            cards.add(new Paragraph(getTranslation("forum.noCategories")));
        }
        add(actions, cards, new H2(getTranslation("forum.latest")), new TopicList(topics, viewer, null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.title");
    }
}
