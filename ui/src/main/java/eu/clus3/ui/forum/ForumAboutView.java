package eu.clus3.ui.forum;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import eu.clus3.core.forum.TopicService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code forum/about/<subject>}: where modules' "discuss this" links lead ({@code PlatformLinks.discussionAbout}).
 * Opens the discussion about the subject when one exists that the viewer may read, otherwise the new-topic form
 * with the subject and the suggested title filled in.
 */
@Route(value = "forum/about/:ref", layout = MainLayout.class)
public class ForumAboutView extends Div implements BeforeEnterObserver {

    private final TopicService topics;
    private final SignedInUser signedIn;

    @Inject
    public ForumAboutView(TopicService topics, SignedInUser signedIn) {
        this.topics = topics;
        this.signedIn = signedIn;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String ref = event.getRouteParameters().get("ref").orElse("");
        try {
            var existing = topics.topicAbout(signedIn.get(), ref);
            if (existing.isPresent()) {
                event.forwardTo(TopicView.class, TopicView.params(existing.get().id()));
                return;
            }
        } catch (Clus3Exception e) {
            event.forwardTo(ForumView.class);
            return;
        }
        Map<String, List<String>> query = new HashMap<>();
        query.put(NewTopicView.ABOUT, List.of(ref));
        event.getLocation().getQueryParameters().getSingleParameter("title")
                .ifPresent(t -> query.put(NewTopicView.TITLE, List.of(t)));
        event.forwardTo("forum/new", new QueryParameters(query));
    }
}
