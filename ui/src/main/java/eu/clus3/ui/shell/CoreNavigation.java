package eu.clus3.ui.shell;

import eu.clus3.core.identity.Permission;
import eu.clus3.plugin.api.NavigationContributor;
import eu.clus3.plugin.api.NavigationEntry;
import eu.clus3.plugin.api.NavigationEntry.Section;
import eu.clus3.ui.account.ApiTokensView;
import eu.clus3.ui.admin.UsersView;
import eu.clus3.ui.cluster.ClustersView;
import eu.clus3.ui.forum.ForumView;
import eu.clus3.ui.forum.NotificationsView;
import eu.clus3.ui.home.DashboardView;
import eu.clus3.ui.search.SearchIndexView;
import eu.clus3.ui.search.SearchView;
import eu.clus3.ui.modules.ModulesView;
import eu.clus3.ui.admin.MailOutboxView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The core's own entries in the navigation; features add theirs here as they land. */
@ApplicationScoped
public class CoreNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(DashboardView.class, "nav.dashboard", "vaadin:dashboard", Section.MAIN, 0, null),
                new NavigationEntry(SearchView.class, "nav.search", "vaadin:search", Section.MAIN, 5,
                        NavigationEntry.PUBLIC),
                new NavigationEntry(ClustersView.class, "nav.clusters", "vaadin:cluster", Section.MAIN, 10,
                        NavigationEntry.PUBLIC),
                new NavigationEntry(ForumView.class, "nav.forum", "vaadin:comments", Section.MAIN, 20,
                        NavigationEntry.PUBLIC),
                new NavigationEntry(NotificationsView.class, "nav.notifications", "vaadin:bell", Section.MAIN, 30,
                        null),
                new NavigationEntry(ApiTokensView.class, "nav.apiTokens", "vaadin:key", Section.MAIN, 900,
                        Permission.USE_API_TOKENS.name()),
                new NavigationEntry(UsersView.class, "nav.users", "vaadin:users", Section.ADMINISTRATION, 100,
                        Permission.MANAGE_USERS.name()),
                new NavigationEntry(SearchIndexView.class, "nav.searchIndex", "vaadin:database", Section.ADMINISTRATION,
                        200, Permission.MANAGE_SEARCH.name()),
                new NavigationEntry(ModulesView.class, "nav.modules", "vaadin:puzzle-piece", Section.ADMINISTRATION, 150,
                        Permission.MANAGE_MODULES.name()),
                new NavigationEntry(MailOutboxView.class, "nav.mail", "vaadin:envelope", Section.ADMINISTRATION, 250,
                        Permission.MANAGE_USERS.name()));
    }
}
