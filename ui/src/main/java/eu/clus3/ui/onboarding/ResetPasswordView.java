package eu.clus3.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.onboarding.PasswordResetService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.ui.shell.LoginView;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Map;

/** Where a password reset link leads: choose a new password. */
@Route("reset-password/:token")
@PublicView
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final UiErrors errors;

    @Inject
    public ResetPasswordView(PasswordResetService resets, UiErrors errors) {
        this.resets = resets;
        this.errors = errors;
        setMaxWidth("30rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H2(getTranslation("reset.title")));
        if (!resets.isUsable(token)) {
            add(new Paragraph(getTranslation("error.resetInvalid")), new Anchor("login", getTranslation("shell.signIn")));
            return;
        }
        RepeatedPassword password = new RepeatedPassword("reset.newPassword", "reset");
        password.password.setWidthFull();
        password.repeat.setWidthFull();
        Button save = new Button(getTranslation("reset.save"), e -> {
            if (!password.matches()) {
                return;
            }
            try {
                resets.complete(token, password.value());
                Notification.show(getTranslation("reset.done"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("newPassword", password.password));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password.password, password.repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
