package eu.clus3.ui.onboarding;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.clus3.core.onboarding.RegistrationService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Map;

/** Self-registration, when the platform allows it; the account then waits for an administrator. */
@Route("register")
@PublicView
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private final UiErrors errors;

    @Inject
    public RegisterView(RegistrationService registrations, UiErrors errors) {
        this.registrations = registrations;
        this.errors = errors;
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!registrations.isOpen()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        TextField username = new TextField(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        EmailField email = new EmailField(getTranslation("users.email"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("users.password.help"));
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "email", email,
                "password", password);
        Button register = new Button(getTranslation("register.submit"), e -> {
            UiErrors.clear(fields);
            try {
                registrations.register(new RegistrationService.Registration(username.getValue(), displayName.getValue(),
                        email.getValue(), password.getValue()));
                removeAll();
                add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.done")));
            } catch (Clus3Exception ex) {
                errors.show(ex, fields);
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), form, register);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
