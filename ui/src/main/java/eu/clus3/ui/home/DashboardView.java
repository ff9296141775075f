package eu.clus3.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.ApiTokenService;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.account.ApiTokensView;
import eu.clus3.ui.admin.UsersView;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import jakarta.inject.Inject;

/** The home page: who you are, and the cards of what you can do from here. */
@Route(value = "", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public DashboardView(SignedInUser signedIn, UserService users, ApiTokenService tokens,
                         eu.clus3.core.cluster.ClusterService clusters,
                         eu.clus3.ui.modules.ModuleContributions.DashboardWidgets moduleWidgets) {
        Actor actor = signedIn.require();
        UserView me = users.me(actor);
        setId("dashboard");
        H2 welcome = new H2(getTranslation("dashboard.welcome", me.displayName()));
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassName("c3-secondary");

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("c3-cards");
        cards.setWidthFull();
        cards.add(card(getTranslation("dashboard.account.title"),
                new Paragraph(getTranslation("dashboard.account.text", me.username(),
                        getTranslation("role." + me.role().name()))),
                new Span(getTranslation("dashboard.account.language", getLocale().getDisplayLanguage(getLocale())))));
        var mine = clusters.myClusters(actor);
        Div clusterLinks = new Div();
        clusterLinks.setId("dashboard-clusters");
        if (mine.isEmpty()) {
            clusterLinks.add(new Paragraph(getTranslation("dashboard.clusters.none")));
        } else {
            mine.forEach(m -> clusterLinks.add(new Paragraph(new RouterLink(m.clusterName(),
                    eu.clus3.ui.cluster.ClusterView.class,
                    eu.clus3.ui.cluster.ClusterView.params(m.clusterSlug())),
                    new Span(" · " + getTranslation("clusterRole." + m.role().name())))));
        }
        clusterLinks.add(new RouterLink(getTranslation("dashboard.clusters.directory"), eu.clus3.ui.cluster.ClustersView.class));
        cards.add(card(getTranslation("dashboard.clusters.title"), clusterLinks));
        if (actor.can(Permission.USE_API_TOKENS)) {
            long live = tokens.listOwn(actor).stream().filter(t -> t.usable()).count();
            cards.add(card(getTranslation("dashboard.tokens.title"),
                    new Paragraph(getTranslation("dashboard.tokens.text", live)),
                    new RouterLink(getTranslation("dashboard.tokens.link"), ApiTokensView.class)));
        }
        if (actor.can(Permission.MANAGE_USERS)) {
            long total = users.list(actor, new PageRequest(0, 1)).total();
            cards.add(card(getTranslation("dashboard.users.title"),
                    new Paragraph(getTranslation("dashboard.users.text", total)),
                    new RouterLink(getTranslation("dashboard.users.link"), UsersView.class)));
        }
        moduleWidgets.widgets().forEach(cards::add);
        add(welcome, intro, cards);
    }

    private static Component card(String title, Component... content) {
        Div card = new Div();
        card.addClassName("c3-card");
        H3 h = new H3(title);
        card.add(h);
        card.add(content);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
