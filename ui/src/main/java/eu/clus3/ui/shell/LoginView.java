package eu.clus3.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import eu.clus3.core.identity.LoginResult;
import eu.clus3.core.identity.Locales;
import eu.clus3.core.identity.PlatformAuthentication;
import eu.clus3.core.identity.UserService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in page. Credentials go through the platform's authentication mechanism, never around it. */
@Route("login")
@PublicView
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecurityContext securityContext;
    private final SignedInUser signedIn;
    private final UserService users;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(SecurityContext securityContext, SignedInUser signedIn, UserService users,
                     eu.clus3.core.onboarding.RegistrationService registrations) {
        this.securityContext = securityContext;
        this.signedIn = signedIn;
        this.users = users;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("login-view");

        form.setI18n(i18n(false, 0));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));

        Div language = new Div(new LanguageSwitch(java.util.Optional.empty(), users));
        add(form);
        if (registrations.isOpen()) {
            add(new com.vaadin.flow.component.html.Anchor("register", getTranslation("login.register")));
        }
        add(new com.vaadin.flow.component.html.Anchor("clusters", getTranslation("login.browseClusters")), language);
    }

    private void signIn(String username, String password) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        AuthenticationStatus status = securityContext.authenticate(request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)));
        Object result = request.getAttribute(PlatformAuthentication.LOGIN_RESULT);
        if (status == AuthenticationStatus.SUCCESS && result instanceof LoginResult.Success success) {
            VaadinSession session = VaadinSession.getCurrent();
            SignedInUser.remember(session, success.actor());
            if (session.getAttribute(LanguageSwitch.CHOSEN) == null) {
                users.preferredLocale(success.actor()).map(Locales::forTag).ifPresent(session::setLocale);
            }
            // A full page load, so that the new UI is built for the signed-in user in their language.
            getUI().ifPresent(ui -> ui.getPage().setLocation(request.getContextPath() + "/"));
            return;
        }
        long minutes = result instanceof LoginResult.Throttled t ? Math.max(1, t.retryAfter().toMinutes() + 1) : 0;
        form.setI18n(i18n(true, minutes));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(boolean failed, long throttledMinutes) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failed && throttledMinutes > 0) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", throttledMinutes));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        i18n.setAdditionalInformation(getTranslation("login.information"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn.get().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
