package eu.clus3.ui.forum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.MembershipView;
import eu.clus3.core.forum.CategoryService;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.clus3.core.forum.CategoryView;
import eu.clus3.core.forum.DraftService;
import eu.clus3.core.forum.ForumImageService;
import eu.clus3.core.forum.NewTopic;
import eu.clus3.core.forum.TopicDetails;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.Markdown;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opening a topic: category, title, Markdown body with a preview, tags, question, language, cluster. */
@Route(value = "forum/new", layout = MainLayout.class)
public class NewTopicView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Select<CategoryView> category = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextField tags = new TextField();
    private final Checkbox question = new Checkbox();
    private final Select<String> language = new Select<>();
    private final ComboBox<MembershipView> cluster = new ComboBox<>();
    private final List<CategoryView> categories;
    /** The subject the topic is about (forum/about/<ref> sends it): a module's subject or an indicator. */
    private final Span about = new Span();
    private String aboutRef;

    static final String ABOUT = "about";
    static final String TITLE = "title";

    @Inject
    public NewTopicView(SignedInUser signedIn, CategoryService categoryService, TopicService topics,
                        ClusterService clusters, DraftService drafts, ForumImageService images, UiErrors errors) {
        Actor actor = signedIn.require();
        setId("new-topic-view");
        setMaxWidth("48rem");
        categories = categoryService.categories(Optional.of(actor));
        category.setLabel(getTranslation("forum.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(CategoryView::name);
        category.setId("topic-category");
        title.setLabel(getTranslation("forum.topicTitle"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("topic-title-field");
        body.setLabel(getTranslation("forum.body"));
        body.setHelperText(getTranslation("forum.markdownHelp"));
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setId("topic-body");
        tags.setLabel(getTranslation("forum.tags"));
        tags.setHelperText(getTranslation("forum.tagsHelp"));
        tags.setWidthFull();
        tags.setId("topic-tags");
        question.setLabel(getTranslation("forum.isQuestion"));
        question.setId("topic-question");
        language.setLabel(getTranslation("forum.language"));
        language.setItems("en", "it");
        language.setItemLabelGenerator(l -> getTranslation("forum.language." + l));
        language.setValue(getLocale().getLanguage().equals("it") ? "it" : "en");
        cluster.setLabel(getTranslation("forum.aboutCluster"));
        cluster.setItems(clusters.myClusters(actor));
        cluster.setItemLabelGenerator(MembershipView::clusterName);
        cluster.setClearButtonVisible(true);
        Div preview = new Div();
        preview.setVisible(false);
        Button showPreview = new Button(getTranslation("forum.preview"), e -> {
            preview.removeAll();
            preview.add(ForumFormat.markdown(Markdown.toSafeHtml(body.getValue())));
            preview.setVisible(!preview.isVisible());
        });
        Button create = new Button(getTranslation("forum.openTopic"), e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("categoryId", category,
                    "title", title, "body", body, "tags", tags, "language", language);
            UiErrors.clear(fields);
            try {
                TopicDetails t = topics.open(actor, new NewTopic(
                        category.getValue() == null ? null : category.getValue().id(), title.getValue(),
                        body.getValue(), Arrays.stream(tags.getValue().split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList(), question.getValue(),
                        cluster.getValue() == null ? null : cluster.getValue().clusterId(), aboutRef, language.getValue()));
                getUI().ifPresent(ui -> ui.navigate(TopicView.class, TopicView.params(t.id())));
            } catch (Clus3Exception ex) {
                errors.show(ex, fields);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("topic-submit");
        drafts.draft(actor, null).ifPresent(d -> {
            title.setValue(d.title() == null ? "" : d.title());
            body.setValue(d.body());
            categories.stream().filter(c -> Long.valueOf(c.id()).equals(d.categoryId())).findFirst()
                    .ifPresent(category::setValue);
        });
        Runnable keep = () -> {
            try {
                drafts.save(actor, null, category.getValue() == null ? null : category.getValue().id(),
                        title.getValue(), body.getValue());
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("title", title, "body", body));
            }
        };
        for (var field : List.of(title, body)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(2000);
        }
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keep.run();
            }
        });
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keep.run();
            }
        });
        var addImage = PostImages.upload(images, actor, () -> category.getValue() == null ? null : category.getValue().id(),
                null, body, errors, keep);
        addImage.setId("topic-image");
        about.setId("topic-about");
        about.setVisible(false);
        add(about, category, title, body, addImage, tags, new HorizontalLayout(question), language, cluster,
                new HorizontalLayout(showPreview, create), preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("category").ifPresent(id ->
                categories.stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst()
                        .ifPresent(category::setValue));
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter(ABOUT).filter(r -> !r.isBlank()).ifPresent(r -> {
            aboutRef = r;
            about.setText(getTranslation("forum.about", r));
            about.setVisible(true);
        });
        // A link about a subject brings its own title (over a kept draft's); otherwise the draft's stays.
        query.getSingleParameter(TITLE).filter(t -> aboutRef != null || title.isEmpty()).ifPresent(title::setValue);
        if (category.isEmpty() && categories.size() == 1) {
            category.setValue(categories.get(0));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.newTopic");
    }
}
