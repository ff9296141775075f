package eu.clus3.core.identity;

import eu.clus3.core.shared.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The actor of the current HTTP request, as {@link PlatformAuthentication} resolved it. */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    public Optional<Actor> get() {
        return request.getAttribute(PlatformAuthentication.ACTOR) instanceof Actor a ? Optional.of(a) : Optional.empty();
    }

    /** The actor, or a 401 when the caller is anonymous. */
    public Actor require() {
        return get().orElseThrow(UnauthenticatedException::new);
    }
}
