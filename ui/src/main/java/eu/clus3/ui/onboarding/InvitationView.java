package eu.clus3.ui.onboarding;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.onboarding.AcceptInvitation;
import eu.clus3.core.onboarding.InvitationPreview;
import eu.clus3.core.onboarding.InvitationService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.ui.shell.LoginView;
import eu.clus3.ui.shell.PublicView;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Map;

/** Where an invitation link leads: who invited you to what, and the account you choose. */
@Route("invitation/:token")
@PublicView
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final UiErrors errors;

    @Inject
    public InvitationView(InvitationService invitations, UiErrors errors) {
        this.invitations = invitations;
        this.errors = errors;
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        setId("invitation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H2(getTranslation("invitation.title")));
        InvitationPreview preview;
        try {
            preview = invitations.preview(token);
        } catch (NotFoundException e) {
            add(new Paragraph(getTranslation("error.invitationInvalid")), new Anchor("login", getTranslation("shell.signIn")));
            return;
        }
        add(new Paragraph(preview.clusterName() == null
                ? getTranslation("invitation.text", preview.invitedBy(), preview.email())
                : getTranslation("invitation.textCluster", preview.invitedBy(), preview.clusterName(),
                getTranslation("clusterRole." + preview.clusterRole().name()), preview.email())));
        TextField username = new TextField(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("invite-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("invite-name");
        RepeatedPassword password = new RepeatedPassword("login.password", "invite");
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "password", password.password);
        Button accept = new Button(getTranslation("invitation.accept"), e -> {
            UiErrors.clear(fields);
            if (!password.matches()) {
                return;
            }
            try {
                invitations.accept(new AcceptInvitation(token, username.getValue(), displayName.getValue(),
                        password.value()));
                Notification.show(getTranslation("invitation.accepted"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (InvalidInputException ex) {
                errors.show(ex, fields);
            } catch (Clus3Exception ex) {
                errors.show(ex);
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-invitation");
        FormLayout form = new FormLayout(username, displayName, password.password, password.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
