package eu.clus3.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Locales;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.modules.ModulePermissionService;
import eu.clus3.ui.modules.ModuleRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Wires every new Vaadin session and UI: the error handler, the user's language, and access control
 * on navigation (anonymous users go to the login page; views with {@link RequiresPermission} are
 * refused to users without it).
 */
@ApplicationScoped
public class UiSetup {

    @Inject
    SignedInUser signedIn;
    @Inject
    UserService users;
    @Inject
    UiErrors errors;
    @Inject
    ModuleRoutes moduleRoutes;
    @Inject
    ModulePermissionService permissions;

    /**
     * A module's view: the permission it declares (a platform permission's name or a module permission's id), checked
     * like the navigation does; a name that is neither opens for nobody.
     */
    private void checkModuleAccess(BeforeEnterEvent event, String permission) {
        Optional<Actor> actor = signedIn.get();
        if (permissions.allows(actor, permission)) {
            return;
        }
        if (actor.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errors));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            applyLocale(ui);
            ui.addBeforeEnterListener(this::checkAccess);
        });
    }

    private void applyLocale(UI ui) {
        VaadinSession session = ui.getSession();
        Optional<Actor> actor = signedIn.get();
        if (actor.isPresent() && session.getAttribute(LanguageSwitch.CHOSEN) == null) {
            users.preferredLocale(actor.get()).map(Locales::forTag).ifPresent(session::setLocale);
            SignedInUser.remember(session, actor.get());
        }
        if (Locales.SUPPORTED.contains(session.getLocale())) {
            ui.setLocale(session.getLocale());
        } else if (!Locales.SUPPORTED.contains(ui.getLocale())) {
            ui.setLocale(Locales.SUPPORTED.get(0));
        }
    }

    private void checkAccess(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        var moduleView = moduleRoutes.mountedView(target);
        if (moduleView.isPresent()) {
            checkModuleAccess(event, moduleView.get().view().permission());
            return;
        }
        Optional<Actor> actor = signedIn.get();
        if (actor.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        RequiresPermission required = target.getAnnotation(RequiresPermission.class);
        if (required != null && !actor.get().can(required.value())) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
