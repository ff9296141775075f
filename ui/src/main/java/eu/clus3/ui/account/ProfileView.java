package eu.clus3.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.cluster.MembershipView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PersonProfile;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.ui.cluster.ClusterView;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One's own profile (what peers see of you), the clusters you belong to, and your password. */
@Route(value = "account/profile", layout = MainLayout.class)
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public ProfileView(SignedInUser signedIn, UserService users, ClusterService clusters, UiErrors errors) {
        Actor actor = signedIn.require();
        UserView me = users.me(actor);
        setMaxWidth("48rem");
        setId("profile-view");

        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setValue(me.displayName());
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setValue(me.email() == null ? "" : me.email());
        TextField organisation = new TextField(getTranslation("profile.organisation"));
        organisation.setValue(me.organisation() == null ? "" : me.organisation());
        TextField position = new TextField(getTranslation("profile.position"));
        position.setValue(me.positionTitle() == null ? "" : me.positionTitle());
        TextField languages = new TextField(getTranslation("profile.languages"));
        languages.setValue(String.join(", ", me.languages()));
        languages.setHelperText(getTranslation("profile.languages.help"));
        TextField expertise = new TextField(getTranslation("profile.expertise"));
        expertise.setValue(String.join(", ", me.expertise()));
        expertise.setHelperText(getTranslation("profile.expertise.help"));
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "email", email,
                "organisation", organisation, "positionTitle", position, "languages", languages, "expertise", expertise);
        Button save = new Button(getTranslation("action.save"), e -> {
            UiErrors.clear(fields);
            try {
                users.updateOwnProfile(actor, new PersonProfile(displayName.getValue(), email.getValue(),
                        organisation.getValue(), position.getValue(), tags(languages.getValue()), tags(expertise.getValue())));
                ok(getTranslation("profile.saved"));
            } catch (Clus3Exception ex) {
                errors.show(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        FormLayout form = new FormLayout(displayName, email, organisation, position, languages, expertise);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        com.vaadin.flow.component.avatar.Avatar picture = new com.vaadin.flow.component.avatar.Avatar(me.displayName());
        picture.setHeight("64px");
        picture.setWidth("64px");
        users.avatar(actor, actor.userId()).ifPresent(a -> picture.setImageResource(avatarResource(a.getImage())));
        com.vaadin.flow.component.upload.receivers.MemoryBuffer buffer = new com.vaadin.flow.component.upload.receivers.MemoryBuffer();
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(buffer);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(eu.clus3.core.cluster.LogoImage.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("profile.picture")));
        upload.setDropAllowed(false);
        upload.addSucceededListener(e -> {
            try (var in = buffer.getInputStream()) {
                byte[] bytes = in.readNBytes(eu.clus3.core.cluster.LogoImage.MAX_UPLOAD_BYTES + 1);
                users.setOwnAvatar(actor, bytes);
                users.avatar(actor, actor.userId()).ifPresent(a -> picture.setImageResource(avatarResource(a.getImage())));
                ok(getTranslation("profile.saved"));
            } catch (Clus3Exception ex) {
                errors.show(ex);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            upload.clearFileList();
        });
        com.vaadin.flow.component.orderedlayout.HorizontalLayout pictureRow =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(picture, upload);
        pictureRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(new Paragraph(getTranslation("profile.intro", me.username(), getTranslation("role." + me.role().name()))),
                pictureRow, form, save);

        List<MembershipView> mine = clusters.myClusters(actor);
        add(new H3(getTranslation("profile.clusters")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("profile.noClusters")));
        } else {
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            list.setId("my-clusters");
            mine.forEach(m -> list.add(new RouterLink(m.clusterName() + " · " + getTranslation("clusterRole." + m.role().name()),
                    ClusterView.class, ClusterView.params(m.clusterSlug()))));
            add(list);
        }

        PasswordField current = new PasswordField(getTranslation("profile.currentPassword"));
        PasswordField next = new PasswordField(getTranslation("reset.newPassword"));
        next.setHelperText(getTranslation("users.password.help"));
        Map<String, HasValidation> pwFields = Map.of("currentPassword", current, "newPassword", next);
        Button change = new Button(getTranslation("profile.changePassword"), e -> {
            UiErrors.clear(pwFields);
            try {
                users.changeOwnPassword(actor, current.getValue(), next.getValue());
                current.clear();
                next.clear();
                ok(getTranslation("profile.passwordChanged"));
            } catch (Clus3Exception ex) {
                errors.show(ex, pwFields);
            }
        });
        FormLayout pw = new FormLayout(current, next);
        pw.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new H3(getTranslation("profile.password")), pw, change);
    }

    static com.vaadin.flow.server.StreamResource avatarResource(byte[] png) {
        return new com.vaadin.flow.server.StreamResource("avatar.png", () -> new java.io.ByteArrayInputStream(png));
    }

    private static List<String> tags(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private static void ok(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile");
    }
}
