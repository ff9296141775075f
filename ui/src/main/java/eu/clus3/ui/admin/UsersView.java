package eu.clus3.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserChanges;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.modules.ModulePermissionGrantView;
import eu.clus3.core.modules.ModulePermissionService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.RequiresPermission;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Administrators list, create and edit accounts, and grant modules' permissions to people and to whole roles. The
 * rules themselves live in {@link UserService} and {@link ModulePermissionService}.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_USERS)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final UiErrors errors;
    private final Actor actor;
    private final Grid<UserView> grid = new Grid<>();
    private final eu.clus3.core.onboarding.InvitationService invitations;
    private final eu.clus3.core.onboarding.PasswordResetService resets;
    private final ModulePermissionService modulePermissions;

    @Inject
    public UsersView(SignedInUser signedIn, UserService users, UiErrors errors,
                     eu.clus3.core.onboarding.InvitationService invitations,
                     eu.clus3.core.onboarding.PasswordResetService resets, ModulePermissionService modulePermissions) {
        this.users = users;
        this.modulePermissions = modulePermissions;
        this.invitations = invitations;
        this.resets = resets;
        this.errors = errors;
        this.actor = signedIn.require();
        setSizeFull();
        setId("users-view");

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");

        grid.addColumn(UserView::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserView::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.email"));
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"));
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("users.empty"));
        // Lazy paging: only the rows on screen are fetched from the service.
        grid.setItems(query -> users.list(actor, new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) users.list(actor, new PageRequest(0, 1)).total());
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setSizeFull();
        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.ENVELOPE_O.create(), e -> openInvite());
        invite.setId("invite-user");
        Button byRole = new Button(getTranslation("modulePermissions.byRole"), VaadinIcon.KEY_O.create(),
                e -> openRolePermissions());
        byRole.setId("role-module-permissions");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(create, invite, byRole);
        actions.getStyle().set("flex-wrap", "wrap"); // three buttons do not fit side by side on a phone
        add(actions, grid);
    }

    private void openInvite() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.invite"));
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setWidthFull();
        Select<PlatformRole> role = roleSelect();
        role.setValue(PlatformRole.MEMBER);
        dialog.add(form(email, role));
        Button send = new Button(getTranslation("cluster.people.invite.create"), e -> {
            email.setInvalid(false);
            try {
                var created = invitations.invite(actor,
                        new eu.clus3.core.onboarding.NewInvitation(email.getValue(), role.getValue(), null, null));
                dialog.close();
                eu.clus3.ui.shell.OneTimeLinkDialog.show(getTranslation("invite.link.title"),
                        getTranslation("invite.link.text", created.invitation().email()), created.link());
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("email", email));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private Span stateBadge(UserView u) {
        if (u.approvalPending()) {
            Span pending = new Span(getTranslation("users.pending"));
            pending.addClassNames("c3-badge", "c3-badge-warning");
            return pending;
        }
        Span badge = new Span(getTranslation(u.active() ? "users.active" : "users.inactive"));
        badge.addClassNames("c3-badge", u.active() ? "c3-badge-success" : "c3-badge-muted");
        return badge;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.new"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        EmailField email = new EmailField(getTranslation("users.email"));
        Select<PlatformRole> role = roleSelect();
        role.setValue(PlatformRole.MEMBER);
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("username", username,
                "displayName", displayName, "email", email, "role", role, "password", password);
        dialog.add(form(username, displayName, email, role, password));
        Button save = new Button(getTranslation("action.create"), e -> {
            UiErrors.clear(fields);
            try {
                users.create(actor, new NewUser(username.getValue(), displayName.getValue(), email.getValue(),
                        role.getValue(), password.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                success(getTranslation("users.created", username.getValue()));
            } catch (Clus3Exception ex) {
                errors.show(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(UserView user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.edit", user.username()));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        EmailField email = new EmailField(getTranslation("users.email"));
        Select<PlatformRole> role = roleSelect();
        Checkbox active = new Checkbox(getTranslation("users.active"));
        ModulePermissionChecks permissionChecks = new ModulePermissionChecks(
                modulePermissions.declared(actor, getLocale()), "user-permissions");
        long[] version = {0};
        Runnable load = () -> {
            UserView fresh = users.get(actor, user.id());
            displayName.setValue(fresh.displayName());
            email.setValue(fresh.email() == null ? "" : fresh.email());
            role.setValue(fresh.role());
            active.setValue(fresh.active());
            version[0] = fresh.version();
            permissionChecks.show(grantedIds(user.id(), null), grantedIds(null, fresh.role()));
        };
        load.run();
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("displayName", displayName, "email", email);
        dialog.add(form(displayName, email, role, active));
        if (!user.approvalPending()) {
            com.vaadin.flow.component.details.Details permissionsSection = new com.vaadin.flow.component.details.Details(
                    getTranslation("modulePermissions.title"), permissionChecks);
            permissionsSection.setId("user-module-permissions");
            permissionsSection.setOpened(true);
            permissionsSection.setWidthFull();
            dialog.add(permissionsSection);
        }
        if (actor.can(Permission.SEE_AUDIT)) {
            Grid<eu.clus3.core.audit.AuditView> history = new Grid<>();
            java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withLocale(getLocale())
                    .withZone(java.time.ZoneId.systemDefault());
            history.addColumn(a -> when.format(a.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
            history.addColumn(eu.clus3.core.audit.AuditView::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
            history.addColumn(a -> getTranslation("audit." + a.action()) + (a.details().isEmpty() ? "" : ": " + a.details()))
                    .setHeader(getTranslation("audit.what"));
            history.setItems(users.auditTrail(actor, user.id(), new PageRequest(0, 50)));
            history.setHeight("12rem");
            history.setEmptyStateText(getTranslation("audit.empty"));
            com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                    getTranslation("cluster.audit"), history);
            details.setWidthFull();
            dialog.add(details);
        }
        Runnable save = () -> {
            UiErrors.clear(fields);
            try {
                // the grants first: setting them again changes nothing, so a refused account change can be retried
                modulePermissions.setHeld(actor, user.id(), null, permissionChecks.held());
                users.update(actor, user.id(), new UserChanges(displayName.getValue(), email.getValue(),
                        role.getValue(), active.getValue(), version[0]));
                dialog.close();
                grid.getDataProvider().refreshAll();
                success(getTranslation("users.saved", user.username()));
            } catch (ConflictException ex) {
                errors.show(ex);
                if (ex.currentVersion() != null) {
                    load.run(); // someone else saved first: show their version, the editor decides again
                }
            } catch (Clus3Exception ex) {
                errors.show(ex, fields);
            }
        };
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            if (user.active() && !active.getValue()) {
                Confirm.destructive(getTranslation("users.deactivate.title"),
                        getTranslation("users.deactivate.text", user.username()),
                        getTranslation("users.deactivate.confirm"), save);
            } else {
                save.run();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("users.resetLink"), e -> {
            try {
                String link = resets.createLink(actor, user.id());
                eu.clus3.ui.shell.OneTimeLinkDialog.show(getTranslation("users.resetLink"),
                        getTranslation("users.resetLink.text", user.username()), link);
            } catch (Clus3Exception ex) {
                errors.show(ex);
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(reset);
        if (user.approvalPending()) {
            Button approve = new Button(getTranslation("users.approve"), e -> {
                try {
                    users.approveRegistration(actor, user.id());
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                } catch (Clus3Exception ex) {
                    errors.show(ex);
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("users.reject"), e -> {
                Confirm.destructive(getTranslation("users.reject.title"),
                        getTranslation("users.reject.text", user.username()), getTranslation("users.reject"), () -> {
                    try {
                        users.rejectRegistration(actor, user.id());
                        dialog.close();
                        grid.getDataProvider().refreshAll();
                    } catch (Clus3Exception ex) {
                        errors.show(ex);
                    }
                });
            });
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(reject, approve);
        } else {
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), saveButton);
        }
        dialog.open();
    }

    /**
     * Grants to whole platform roles: pick a role, tick what everyone with it holds. Taking permissions from a role is
     * confirmed first, as it affects everyone who has it.
     */
    private void openRolePermissions() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("modulePermissions.byRole"));
        dialog.setId("role-permissions-dialog");
        Select<PlatformRole> role = roleSelect();
        role.setId("role-permissions-role");
        role.setWidthFull();
        ModulePermissionChecks checks = new ModulePermissionChecks(modulePermissions.declared(actor, getLocale()),
                "role-permissions");
        java.util.Set<String> before = new java.util.HashSet<>();
        role.addValueChangeListener(e -> {
            before.clear();
            before.addAll(grantedIds(null, e.getValue()));
            checks.show(before, java.util.Set.of());
        });
        role.setValue(PlatformRole.MEMBER);
        VerticalLayout content = new VerticalLayout(new Span(getTranslation("modulePermissions.byRole.text")), role, checks);
        content.setPadding(false);
        content.setMaxWidth("40em");
        dialog.add(content);
        Runnable save = () -> {
            try {
                modulePermissions.setHeld(actor, null, role.getValue().name(), checks.held());
                dialog.close();
                success(getTranslation("modulePermissions.saved", getTranslation("role." + role.getValue().name())));
            } catch (Clus3Exception ex) {
                errors.show(ex);
            }
        };
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            // grants of permissions no running module declares are not shown, and setHeld leaves them alone
            long taken = before.stream().filter(id -> checks.shows(id) && !checks.held().contains(id)).count();
            if (taken > 0) {
                String roleName = getTranslation("role." + role.getValue().name());
                Confirm.destructive(getTranslation("modulePermissions.revoke.title"),
                        getTranslation("modulePermissions.revoke.text", taken, roleName),
                        getTranslation("modulePermissions.revoke.confirm"), save);
            } else {
                save.run();
            }
        });
        saveButton.setId("save-role-permissions");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }

    /** The ids of the module permissions granted to a person, or to a role (the other {@code null}). */
    private java.util.Set<String> grantedIds(Long userId, PlatformRole role) {
        return modulePermissions.grants(actor, userId, role == null ? null : role.name(), null).stream()
                .map(ModulePermissionGrantView::permission).collect(java.util.stream.Collectors.toSet());
    }

    private Select<PlatformRole> roleSelect() {
        Select<PlatformRole> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(PlatformRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        return role;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setMaxWidth("40em");
        return form;
    }

    private static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
