package eu.clus3.ui.people;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.MembershipView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.ui.cluster.ClusterView;
import eu.clus3.ui.shell.AccessDeniedException;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Someone's profile: organisation, position, languages, expertise and clusters. Shown to the person and to
 * those who may see the user directory (the services decide); search links people here.
 */
@Route(value = "people/:username", layout = MainLayout.class)
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserService users;
    private final ClusterService clusters;
    private final Actor viewer;
    private String title = "";

    @Inject
    public PersonView(SignedInUser signedIn, UserService users, ClusterService clusters) {
        this.users = users;
        this.clusters = clusters;
        this.viewer = signedIn.require();
        setId("person-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String username = event.getRouteParameters().get("username").orElse("");
        try {
            UserView person = users.person(viewer, username);
            build(person, clusters.clustersOf(viewer, person.id()));
        } catch (eu.clus3.core.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (ForbiddenException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void build(UserView p, List<MembershipView> memberships) {
        removeAll();
        title = p.displayName();
        Avatar picture = new Avatar(p.displayName());
        picture.addClassName("c3-person-picture");
        users.avatar(viewer, p.id()).ifPresent(a -> {
            byte[] png = a.getImage();
            picture.setImageResource(new StreamResource("avatar.png", () -> new ByteArrayInputStream(png)));
        });
        VerticalLayout who = new VerticalLayout(new H2(p.displayName()));
        who.setPadding(false);
        who.setSpacing(false);
        String position = join(p.positionTitle(), p.organisation());
        if (!position.isEmpty()) {
            Span line = new Span(position);
            line.setId("person-position");
            who.add(line);
        }
        Span handle = new Span("@" + p.username());
        handle.addClassName("c3-secondary");
        who.add(handle);
        HorizontalLayout header = new HorizontalLayout(picture, who);
        header.setAlignItems(Alignment.CENTER);
        add(header);

        if (!p.languages().isEmpty()) {
            add(new Paragraph(getTranslation("person.languages", String.join(", ", p.languages()))));
        }
        if (!p.expertise().isEmpty()) {
            FlexLayout chips = new FlexLayout();
            chips.addClassName("c3-chips");
            chips.setId("person-expertise");
            p.expertise().forEach(tag -> {
                RouterLink chip = new RouterLink("#" + tag, eu.clus3.ui.search.SearchView.class);
                chip.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("q", "tag:\"" + tag + "\""));
                chip.addClassNames("c3-badge", "c3-badge-primary");
                chips.add(chip);
            });
            add(new H3(getTranslation("person.expertise")), chips);
        }
        add(new H3(getTranslation("person.clusters")));
        if (memberships.isEmpty()) {
            add(new Paragraph(getTranslation("person.noClusters")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("person-clusters");
            memberships.forEach(m -> list.add(new ListItem(
                    new RouterLink(m.clusterName(), ClusterView.class, new RouteParameters("slug", m.clusterSlug())),
                    new Span(" · " + getTranslation("clusterRole." + m.role().name())))));
            add(list);
        }
    }

    private static String join(String position, String organisation) {
        boolean hasPosition = position != null && !position.isBlank();
        boolean hasOrganisation = organisation != null && !organisation.isBlank();
        if (hasPosition && hasOrganisation) {
            return position + ", " + organisation;
        }
        return hasPosition ? position : hasOrganisation ? organisation : "";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
