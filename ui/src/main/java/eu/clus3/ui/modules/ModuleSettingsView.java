package eu.clus3.ui.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.modules.ModuleSettingRules;
import eu.clus3.core.modules.ModuleSettingsChange;
import eu.clus3.core.modules.ModuleSettingsOverview;
import eu.clus3.core.modules.ModuleSettingsOverview.Setting;
import eu.clus3.core.modules.ModuleSettingsService;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.ui.shell.MainLayout;
import eu.clus3.ui.shell.RequiresPermission;
import eu.clus3.ui.shell.SignedInUser;
import eu.clus3.ui.shell.UiErrors;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A running module's settings for administrators: a form built from what the module declares, labelled in the UI's
 * language from the module's own messages. Only what the administrator changed is sent; a secret is never shown and
 * stays as it is while its field is left empty. The rules live in {@link ModuleSettingsService}.
 */
@Route(value = "admin/modules/:moduleId/settings", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_MODULES)
public class ModuleSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** What a secret's field answers when the administrator ticked "remove". */
    private static final Object REMOVE = new Object();

    private final ModuleSettingsService settings;
    private final UiErrors errors;
    private final Actor actor;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** By key: the field's value now, typed like the module's value; for a secret, null while left empty. */
    private final Map<String, Supplier<Object>> entered = new LinkedHashMap<>();
    private String moduleId = "";
    private ModuleSettingsOverview shown;

    @Inject
    public ModuleSettingsView(SignedInUser signedIn, ModuleSettingsService settings, UiErrors errors) {
        this.settings = settings;
        this.errors = errors;
        this.actor = signedIn.require();
        setId("module-settings");
        setMaxWidth("48rem");
    }

    public static RouteParameters params(String moduleId) {
        return new RouteParameters("moduleId", moduleId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = event.getRouteParameters().get("moduleId").orElse("");
        try {
            show(settings.read(actor, moduleId, getLocale()));
        } catch (NotFoundException e) {
            showEmpty(getTranslation("modules.settings.notRunning", moduleId), "module-settings-not-running");
        }
    }

    private void show(ModuleSettingsOverview overview) {
        shown = overview;
        fields.clear();
        entered.clear();
        if (overview.settings().isEmpty()) {
            showEmpty(getTranslation("modules.settings.none"), "module-settings-none");
            return;
        }
        removeAll();
        add(new H2(getTranslation("modules.settings.title", moduleId)));
        Paragraph intro = new Paragraph(getTranslation("modules.settings.intro"));
        intro.addClassName("c3-secondary");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        overview.settings().forEach(s -> form.add(field(s)));
        Button save = new Button(getTranslation("modules.settings.save"), e -> save());
        save.setId("module-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, form, new HorizontalLayout(save, back()));
    }

    /** A page without a form: the module declares no settings, or it is not running. */
    private void showEmpty(String text, String id) {
        removeAll();
        Paragraph empty = new Paragraph(text);
        empty.setId(id);
        add(new H2(getTranslation("modules.settings.title", moduleId)), empty, back());
    }

    private Button back() {
        Button back = new Button(getTranslation("modules.settings.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(ModulesView.class)));
        back.setId("module-settings-back");
        return back;
    }

    /** The field of one setting, registered under its error field ({@code settings.<key>}). */
    private Component field(Setting s) {
        String id = "setting-" + s.key().replace('.', '-');
        Component field = switch (s.kind()) {
            case BOOLEAN -> {
                Checkbox box = new Checkbox(s.label(), Boolean.TRUE.equals(s.value()));
                entered.put(s.key(), box::getValue);
                yield box;
            }
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(s.label());
                select.setItems(s.choices().stream().map(ModuleSettingsOverview.Choice::value).toList());
                Map<String, String> labels = new HashMap<>();
                s.choices().forEach(c -> labels.put(c.value(), c.label()));
                select.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
                select.setValue((String) s.value());
                entered.put(s.key(), select::getValue);
                yield select;
            }
            case SECRET -> secret(s, id);
            case NUMBER -> {
                // Whole numbers of any size the module allows: a text field that takes digits, checked by the service.
                TextField number = new TextField(s.label());
                number.setAllowedCharPattern("[-0-9]");
                number.setValue(String.valueOf(s.value()));
                number.setRequiredIndicatorVisible(true);
                entered.put(s.key(), () -> number.getValue().isBlank() ? "" : number.getValue().strip());
                yield number;
            }
            case TEXT -> {
                TextField text = new TextField(s.label());
                text.setMaxLength(ModuleSetting.MAX_TEXT);
                text.setValue(s.value() == null ? "" : (String) s.value());
                text.setRequiredIndicatorVisible(s.required());
                entered.put(s.key(), text::getValue);
                yield text;
            }
        };
        field.setId(id);
        if (field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(helpText(s));
        }
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        fields.put(ModuleSettingRules.field(s.key()), (HasValidation) (field instanceof SecretField f ? f.password : field));
        return field;
    }

    private String helpText(Setting s) {
        String bounds = s.min() != null && s.max() != null ? getTranslation("modules.settings.bounds", s.min(), s.max())
                : s.min() != null ? getTranslation("modules.settings.atLeast", s.min())
                : s.max() != null ? getTranslation("modules.settings.atMost", s.max()) : null;
        if (s.help() == null) {
            return bounds;
        }
        return bounds == null ? s.help() : s.help() + " (" + bounds + ")";
    }

    /** A password field that keeps the current secret while left empty, and a box to remove it. */
    private Component secret(Setting s, String id) {
        SecretField secret = new SecretField(s, id);
        entered.put(s.key(), () -> secret.remove.getValue() ? REMOVE
                : secret.password.getValue().isEmpty() ? null : secret.password.getValue());
        return secret;
    }

    private final class SecretField extends VerticalLayout implements com.vaadin.flow.component.HasHelper {
        private final PasswordField password = new PasswordField();
        private final Checkbox remove = new Checkbox(getTranslation("modules.settings.removeSecret"));

        SecretField(Setting s, String id) {
            setPadding(false);
            setSpacing(false);
            password.setLabel(s.label());
            password.setId(id + "-value");
            password.setPlaceholder(getTranslation(s.set() ? "modules.settings.secretSet" : "modules.settings.secretNotSet"));
            password.setRequiredIndicatorVisible(s.required());
            password.setWidthFull();
            remove.setId(id + "-remove");
            remove.addValueChangeListener(e -> password.setEnabled(!e.getValue()));
            add(password);
            if (s.set() && !s.required()) {
                add(remove);
            }
        }

        @Override
        public void setHelperText(String text) {
            password.setHelperText(text);
        }
    }

    /** Sends what the administrator changed: untouched fields are left out, so their stored state stays as it is. */
    private void save() {
        UiErrors.clear(fields);
        Map<String, Object> changes = new HashMap<>();
        for (Setting s : shown.settings()) {
            Object value = entered.get(s.key()).get();
            if (s.kind() == ModuleSetting.Kind.SECRET) {
                if (value == REMOVE) {
                    changes.put(s.key(), null);
                } else if (value != null) {
                    changes.put(s.key(), value);
                }
            } else if (!Objects.equals(String.valueOf(value), String.valueOf(s.value()))) {
                changes.put(s.key(), value);
            }
        }
        if (changes.isEmpty()) {
            Notification.show(getTranslation("modules.settings.unchanged"), 3000, Notification.Position.BOTTOM_START);
            return;
        }
        try {
            show(settings.change(actor, moduleId, new ModuleSettingsChange(shown.version(), changes), getLocale()));
            Notification.show(getTranslation("modules.settings.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException e) {
            if (e.currentVersion() == null) {
                errors.show(e);
                return;
            }
            // Someone saved first: show their values, so that the administrator decides again on what is stored now.
            show(settings.read(actor, moduleId, getLocale()));
            Notification n = Notification.show(getTranslation("modules.settings.stale"), 10_000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (NotFoundException e) {
            showEmpty(getTranslation("modules.settings.notRunning", moduleId), "module-settings-not-running");
        } catch (Clus3Exception e) {
            errors.show(e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.settings.title", moduleId);
    }
}
