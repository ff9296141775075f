package eu.clus3.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.modules.ModulePermissionService;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.notification.NotificationService;
import eu.clus3.core.platform.PlatformInfo;
import eu.clus3.core.search.SearchService;
import eu.clus3.ui.search.SearchBox;
import eu.clus3.ui.search.SearchView;
import eu.clus3.plugin.api.NavigationContributor;
import eu.clus3.plugin.api.NavigationEntry;
import eu.clus3.ui.forum.LiveUpdates;
import eu.clus3.ui.forum.NotificationBell;
import eu.clus3.ui.modules.ModuleRoutes;
import eu.clus3.ui.modules.ModuleTexts;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frame around every signed-in page: a header with the page's title, the language switch and the user menu,
 * and a navigation drawer built from every {@link NavigationContributor} (core features and running modules),
 * showing only what the user may open. Module pages get the same frame as core ones: title, padding, and the
 * session's error handler ({@link UiErrors}).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle, LocaleChangeObserver {

    private final H1 viewTitle = new H1();
    private final ModuleRoutes moduleRoutes;
    private final ModuleTexts moduleTexts;
    /** The shown page's title, as text (never the view, which may be a module's). */
    private String title = "";
    private final Scroller navigationScroller = new Scroller();
    private final Optional<Actor> actor;
    private final Instance<NavigationContributor> contributors;
    private final ModulePermissionService permissions;
    /** What the navigation shows now; rebuilt when it changes (a module installed or removed meanwhile). */
    /**
     * What the navigation shows, as text: never the entries themselves, whose view classes would keep an uninstalled
     * module in memory for as long as an idle session lives (found by ModulesIT's leak check).
     */
    private List<String> shownEntries = List.of();

    @Inject
    public MainLayout(SignedInUser signedIn, UserService users, SearchService search,
                      Instance<NavigationContributor> contributors, NotificationService notifications,
                      LiveUpdates live, ModulePermissionService permissions, ModuleRoutes moduleRoutes,
                      ModuleTexts moduleTexts) {
        Optional<Actor> actor = signedIn.get();
        this.moduleRoutes = moduleRoutes;
        this.moduleTexts = moduleTexts;
        this.actor = actor;
        this.contributors = contributors;
        this.permissions = permissions;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("c3-view-title");
        SearchBox searchBox = new SearchBox(search, actor);
        // on a phone the box would crowd the header: an icon leads to the search page instead
        com.vaadin.flow.router.RouterLink searchIcon = new com.vaadin.flow.router.RouterLink("", SearchView.class);
        searchIcon.add(new Icon("vaadin", "search"));
        searchIcon.setId("search-icon");
        searchIcon.addClassName("c3-search-icon");
        searchIcon.getElement().setAttribute("aria-label", getTranslation("nav.search"));
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, searchBox, searchIcon,
                new LanguageSwitch(actor, users));
        if (actor.isPresent()) {
            header.add(new NotificationBell(notifications, live, actor.get()), userMenu(actor.get(), users));
        } else {
            com.vaadin.flow.component.button.Button signIn = new com.vaadin.flow.component.button.Button(
                    getTranslation("shell.signIn"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
            signIn.setId("sign-in");
            header.add(signIn);
        }
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("c3-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("c3-brand");
        brand.setId("brand");
        Footer footer = new Footer(new Span("Clus3 " + PlatformInfo.current().version()));
        footer.addClassName("c3-footer");
        refreshNavigation();
        addToDrawer(brand, navigationScroller, footer);
    }

    /** Builds the navigation again when its entries changed: the layout stays while the user navigates. */
    private void refreshNavigation() {
        List<NavigationEntry> entries = contributors.stream()
                .flatMap(c -> c.navigationEntries().stream())
                .filter(e -> permissions.allows(actor, e.permission()))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
        // The class loader tells two versions of a module apart (same class name, maybe other labels).
        List<String> shown = entries.stream().map(e -> e + "@" + System.identityHashCode(e.view().getClassLoader())).toList();
        if (!shown.equals(shownEntries) || navigationScroller.getContent() == null) {
            shownEntries = shown;
            navigationScroller.setContent(navigation(entries));
        }
    }

    /**
     * The main entries, then the administration pages as a section of their own: a labelled, collapsible
     * {@link SideNav} rather than an item with children, whose toggle names an element that assistive technology
     * cannot find (axe-core: a critical aria-valid-attr-value violation on every page).
     */
    private Div navigation(List<NavigationEntry> entries) {
        SideNav main = new SideNav();
        SideNav admin = new SideNav(getTranslation("nav.section.administration"));
        admin.setCollapsible(true);
        admin.setId("admin-nav");
        for (NavigationEntry e : entries) {
            SideNavItem item = new SideNavItem(getTranslation(e.labelKey()),
                    RouteConfiguration.forSessionScope().getUrl(e.view()), icon(e.icon()));
            if (e.section() == NavigationEntry.Section.ADMINISTRATION) {
                admin.addItem(item);
            } else {
                main.addItem(item);
            }
        }
        Div navigation = new Div(main);
        navigation.setId("main-nav");
        if (!admin.getItems().isEmpty()) {
            navigation.add(admin);
        }
        return navigation;
    }

    private static Component icon(String name) {
        if (name == null || !name.contains(":")) {
            return null;
        }
        String[] parts = name.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }

    private Component userMenu(Actor actor, UserService users) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = users.me(actor).displayName();
        Avatar avatar = new Avatar(name);
        users.avatar(actor, actor.userId()).ifPresent(a -> {
            byte[] png = a.getImage();
            avatar.setImageResource(new com.vaadin.flow.server.StreamResource("avatar.png",
                    () -> new java.io.ByteArrayInputStream(png)));
        });
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span nameLabel = new Span(name);
        nameLabel.addClassName("c3-user-name");
        HorizontalLayout label = new HorizontalLayout(avatar, nameLabel);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        SubMenu sub = menu.addItem(label).getSubMenu();
        sub.addItem(getTranslation("shell.signedInAs", actor.username())).setEnabled(false);
        sub.addItem(getTranslation("nav.profile"), e -> menu.getUI().ifPresent(ui -> ui.navigate(
                eu.clus3.ui.account.ProfileView.class))).setId("my-profile");
        sub.addItem(getTranslation("shell.signOut"), e -> signOut()).setId("sign-out");
        return menu;
    }

    static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        ui.getPage().setLocation(com.vaadin.flow.server.VaadinServletRequest.getCurrent().getContextPath() + "/login");
        session.getSession().invalidate();
    }

    /** A module's page gets the padding core pages have (theirs is VerticalLayout's), whatever its root component. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null && moduleRoutes.mountedView(content.getClass()).isPresent()) {
            content.getElement().getClassList().add("c3-module-page");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshNavigation();
        showTitle();
    }

    /**
     * The title of the page shown, in the header and (through Vaadin, which asks the views first and then their
     * layouts) in the document's {@code <title>}: the view's own, a module view's from its module, else the
     * platform's name, so that no page goes without one.
     */
    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (getContent() != null) {
            showTitle();
            event.getUI().getPage().setTitle(getPageTitle());
        }
    }

    private void showTitle() {
        Component content = getContent();
        if (content instanceof HasDynamicTitle t) {
            title = Objects.requireNonNullElse(t.getPageTitle(), "");
        } else {
            title = content == null ? "" : moduleTexts.title(content, getLocale()).orElse("");
        }
        viewTitle.setText(title);
    }
}
