package eu.clus3.ui.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.modules.ModuleDescriptor.ModuleDependency;
import eu.clus3.core.modules.ModuleService;
import eu.clus3.core.modules.ModuleService.Verification;
import eu.clus3.core.modules.ModuleSettings;
import eu.clus3.core.modules.ModuleSettingsService;
import eu.clus3.core.modules.ModuleSummary;
import eu.clus3.core.modules.VerifiedArtifact;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.ui.shell.Confirm;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.RequiresPermission;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The administrators' "Modules" page: upload an archive, see what it is (with its SHA-256) before installing
 * or upgrading, list, disable, enable and uninstall the installed modules, open a running module's settings
 * ({@link ModuleSettingsView}, from the module's name), and delete the data that uninstalled modules left. The rules
 * live in {@link ModuleService}.
 */
@Route(value = "admin/modules", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_MODULES)
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    private final ModuleService modules;
    private final ModuleSettingsService moduleSettings;
    private final ModuleRoutes routes;
    private final UiErrors errors;
    private final Actor actor;
    private final Grid<ModuleSummary> grid = new Grid<>();
    private final Grid<ModuleService.KeptData> kept = new Grid<>();
    private final Div keptSection = new Div();
    private final Div verification = new Div();
    private final TextField signature = new TextField();

    @Inject
    public ModulesView(SignedInUser signedIn, ModuleService modules, ModuleRoutes routes, ModuleSettings settings,
                       UiErrors errors, ModuleSettingsService moduleSettings) {
        this.modules = modules;
        this.moduleSettings = moduleSettings;
        this.routes = routes;
        this.errors = errors;
        this.actor = signedIn.require();
        setId("modules-view");
        setSizeFull();

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("module-upload");
        upload.setAcceptedFileTypes(".jar", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxArtifactBytes()));
        upload.setUploadButton(new Button(getTranslation("modules.upload")));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage(), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload.addSucceededListener(e -> {
            byte[] bytes;
            try (InputStream in = buffer.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            upload.clearFileList();
            verify(e.getFileName(), bytes);
        });
        signature.setId("module-signature");
        signature.setLabel(getTranslation("modules.signature"));
        signature.setHelperText(getTranslation("modules.signature.help"));
        signature.setClearButtonVisible(true);
        signature.setWidthFull();
        verification.setId("module-verification");
        verification.setWidthFull();

        grid.setId("modules-grid");
        grid.addComponentColumn(this::name).setHeader(getTranslation("modules.module")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("modules.state")).setAutoWidth(true);
        grid.addColumn(m -> m.dependencies().stream().map(d -> d.id() + (d.optional() ? "?" : "") + " " + d.versions())
                .collect(Collectors.joining(", "))).setHeader(getTranslation("modules.dependencies")).setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.contributions())).setHeader(getTranslation("modules.contributions"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("modules.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("modules.empty"));
        grid.setSizeFull();

        kept.setId("modules-kept-grid");
        kept.addColumn(ModuleService.KeptData::id).setHeader(getTranslation("modules.module")).setAutoWidth(true).setFlexGrow(1);
        kept.addColumn(d -> getTranslation("modules.kept.counts", d.documents(), d.files()))
                .setHeader(getTranslation("modules.kept.data")).setAutoWidth(true);
        kept.addComponentColumn(this::deleteKept).setHeader(getTranslation("modules.actions")).setAutoWidth(true);
        kept.setAllRowsVisible(true);
        Paragraph keptIntro = new Paragraph(getTranslation("modules.kept.intro"));
        keptIntro.addClassName("c3-secondary");
        keptSection.setId("modules-kept");
        keptSection.setWidthFull();
        keptSection.add(new H3(getTranslation("modules.kept.title")), keptIntro, kept);

        Paragraph intro = new Paragraph(getTranslation("modules.intro"));
        intro.addClassName("c3-secondary");
        add(intro, upload, signature, verification, grid, keptSection);
        refresh();
    }

    private void refresh() {
        grid.setItems(modules.list(actor));
        var keptData = modules.keptData(actor);
        kept.setItems(keptData);
        keptSection.setVisible(!keptData.isEmpty());
    }

    // --- upload, check, install or upgrade ---

    private void verify(String fileName, byte[] bytes) {
        verification.removeAll();
        Optional<String> sig = Optional.of(signature.getValue()).filter(s -> !s.isBlank());
        Verification check;
        try {
            check = modules.verify(actor, fileName, bytes, sig);
        } catch (Clus3Exception ex) {
            Paragraph refused = new Paragraph(ex.fieldErrors().isEmpty() ? ex.getMessage() : ex.fieldErrors().get(0).message());
            refused.setId("module-refused");
            refused.addClassName("c3-error-text");
            verification.add(refused);
            return;
        }
        VerifiedArtifact a = check.artifact();
        H3 title = new H3(a.descriptor().id() + " " + a.descriptor().version());
        Paragraph what = new Paragraph(a.descriptor().description());
        Span sha = new Span(a.sha256());
        sha.setId("module-sha256");
        sha.addClassName("c3-mono");
        Paragraph shaLine = new Paragraph(new Span(getTranslation("modules.sha256") + " "), sha);
        Paragraph facts = new Paragraph(getTranslation("modules.facts", a.size(), a.descriptor().requires(),
                a.descriptor().dependencies().isEmpty() ? "-" : a.descriptor().dependencies().stream()
                        .map(ModuleDependency::id).collect(Collectors.joining(", ")),
                getTranslation(a.signed() ? "modules.signed" : "modules.unsigned")));
        boolean upgrade = check.upgradesVersion() != null;
        Button go = new Button(upgrade ? getTranslation("modules.upgradeFrom", check.upgradesVersion())
                : getTranslation("modules.install"), e -> {
            try {
                ModuleSummary done = upgrade
                        ? modules.upgrade(actor, a.descriptor().id(), fileName, bytes, sig)
                        : modules.install(actor, fileName, bytes, sig);
                verification.removeAll();
                refresh();
                notify(done);
            } catch (Clus3Exception ex) {
                errors.show(ex);
            }
        });
        go.setId("module-install");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> verification.removeAll());
        Div card = new Div(title, what, shaLine, facts, new HorizontalLayout(go, cancel));
        card.addClassName("c3-card");
        verification.add(card);
    }

    private void notify(ModuleSummary m) {
        boolean ok = m.state() == eu.clus3.core.modules.ModuleState.STARTED;
        Notification n = Notification.show(getTranslation(ok ? "modules.started" : "modules.notStarted", m.id(),
                m.version(), m.reason() == null ? "" : m.reason()), 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    // --- the list ---

    private Component name(ModuleSummary m) {
        Div cell = new Div();
        Component title = routes.mainRoute(m.id()).<Component>map(r -> new Anchor(r, m.id()))
                .orElseGet(() -> new Span(m.id()));
        Span version = new Span(" " + m.version() + (m.bundled() ? " · " + getTranslation("modules.bundled") : ""));
        version.addClassName("c3-secondary");
        cell.add(title, version);
        if (!m.description().isBlank()) {
            Div description = new Div(m.description());
            description.addClassName("c3-secondary");
            cell.add(description);
        }
        // Under the name rather than among the actions: the list stays as narrow as before.
        if (m.state() == eu.clus3.core.modules.ModuleState.STARTED && moduleSettings.declaresSettings(m.id())) {
            Button configure = new Button(getTranslation("modules.settings"), VaadinIcon.COG.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ModuleSettingsView.class, ModuleSettingsView.params(m.id()))));
            configure.setId("module-settings-" + m.id());
            configure.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            cell.add(new Div(configure));
        }
        return cell;
    }

    private Component state(ModuleSummary m) {
        Span badge = new Span(getTranslation("modules.state." + m.state().name()));
        badge.setId("module-state-" + m.id());
        badge.addClassNames("c3-badge", switch (m.state()) {
            case STARTED -> "c3-badge-success";
            case FAILED -> "c3-badge-warning";
            default -> "c3-badge-muted";
        });
        if (m.reason() == null || m.state() == eu.clus3.core.modules.ModuleState.STOPPED) {
            return badge;
        }
        Div reason = new Div(m.reason());
        reason.setId("module-reason-" + m.id());
        reason.addClassName("c3-secondary");
        return new Div(badge, reason);
    }

    private Component actions(ModuleSummary m) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        Button toggle = m.enabled()
                ? new Button(getTranslation("modules.disable"), e -> run(() -> modules.disable(actor, m.id())))
                : new Button(getTranslation("modules.enable"), e -> run(() -> modules.enable(actor, m.id())));
        toggle.setId((m.enabled() ? "module-disable-" : "module-enable-") + m.id());
        Button remove = new Button(getTranslation("modules.uninstall"), e -> Confirm.destructive(
                getTranslation("modules.uninstall.title", m.id()), getTranslation("modules.uninstall.text", m.id()),
                getTranslation("modules.uninstall"), () -> run(() -> modules.uninstall(actor, m.id(), false, null))));
        remove.setId("module-uninstall-" + m.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button purge = new Button(getTranslation("modules.purge"), e -> Confirm.typed(
                getTranslation("modules.purge.title", m.id()), getTranslation("modules.purge.text", m.id(), m.documents()),
                m.id(), getTranslation("modules.purge"), typed -> run(() -> modules.uninstall(actor, m.id(), true, typed))));
        purge.setId("module-purge-" + m.id());
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        buttons.add(toggle, remove, purge);
        return buttons;
    }

    /** Deletes what an uninstalled module left, once the administrator typed its id. */
    private Component deleteKept(ModuleService.KeptData d) {
        Button delete = new Button(getTranslation("modules.kept.delete"), e -> Confirm.typed(
                getTranslation("modules.kept.delete.title", d.id()),
                getTranslation("modules.kept.delete.text", d.id(), d.documents(), d.files()), d.id(),
                getTranslation("modules.kept.delete"), typed -> run(() -> modules.uninstall(actor, d.id(), true, typed))));
        delete.setId("module-kept-delete-" + d.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return delete;
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (Clus3Exception ex) {
            errors.show(ex);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.modules");
    }
}
