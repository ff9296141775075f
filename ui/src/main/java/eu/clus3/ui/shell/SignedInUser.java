package eu.clus3.ui.shell;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformAuthentication;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.shared.UnauthenticatedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The actor behind the current Vaadin request. The authentication mechanism resolves it for each HTTP
 * request; for work outside one (push), it falls back to the user name kept in the Vaadin session.
 */
@ApplicationScoped
public class SignedInUser {

    static final String SESSION_USERNAME = "eu.clus3.ui.username";

    @Inject
    UserService users;

    public Optional<Actor> get() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(PlatformAuthentication.ACTOR) instanceof Actor actor) {
            return Optional.of(actor);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (request == null && session != null && session.getAttribute(SESSION_USERNAME) instanceof String name) {
            return users.activeActor(name);
        }
        return Optional.empty();
    }

    public Actor require() {
        return get().orElseThrow(UnauthenticatedException::new);
    }

    static void remember(VaadinSession session, Actor actor) {
        session.setAttribute(SESSION_USERNAME, actor.username());
    }
}
