package eu.clus3.core.identity;

import eu.clus3.core.api.Problem;
import eu.clus3.core.api.SecurityHeadersFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * How a request gets its user: a personal API token ({@code Authorization: Bearer ...}), a sign-in
 * through {@code SecurityContext.authenticate} with a user name and password (the login page), or the
 * HTTP session established by such a sign-in. Anything else is anonymous; services decide what
 * anonymous callers may do.
 *
 * <p>Sessions are handled here rather than with {@code @AutoApplySession}, which would create a
 * session for every API call made with a token.
 */
@ApplicationScoped
public class PlatformAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in user name. */
    static final String SESSION_USER = "eu.clus3.user";
    /** Request attribute holding the resolved {@link Actor}. */
    public static final String ACTOR = "eu.clus3.actor";
    /** Request attribute holding the {@link LoginResult} of a sign-in attempt, for the login page. */
    public static final String LOGIN_RESULT = "eu.clus3.loginResult";

    @Inject
    UserService users;
    @Inject
    ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Actor> actor = tokens.authenticate(authorization.substring(7).trim());
            if (actor.isEmpty()) {
                return refuseToken(request, response);
            }
            return accept(request, context, actor.get());
        }
        Credential credential = context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (credential instanceof UsernamePasswordCredential up) {
            LoginResult result = users.signIn(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr());
            request.setAttribute(LOGIN_RESULT, result);
            if (result instanceof LoginResult.Success success) {
                // A new session id at sign-in: a session id planted before it is worth nothing after.
                request.getSession(true);
                request.changeSessionId();
                request.getSession().setAttribute(SESSION_USER, success.actor().username());
                return accept(request, context, success.actor());
            }
            // No 401 here: the login page answers in the same request and shows the reason itself.
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Actor> actor = users.activeActor(username);
            if (actor.isPresent()) {
                return accept(request, context, actor.get());
            }
            session.removeAttribute(SESSION_USER); // deactivated or removed since sign-in
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        request.setAttribute(ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.username(), Set.of(actor.role().name()));
    }

    private static AuthenticationStatus refuseToken(HttpServletRequest request, HttpServletResponse response) {
        try {
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"clus3\", error=\"invalid_token\"");
            Problem.of(401, "Invalid API token", "The bearer token is unknown, revoked or expired").writeTo(response);
        } catch (IOException e) {
            response.setStatus(401);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
