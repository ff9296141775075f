package eu.clus3.core.modules;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.ModuleSetting.Kind;
import eu.clus3.plugin.api.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administrators read and change the settings that running modules declare ({@link ModuleSetting}). Values are
 * checked against the declaration (field errors on {@code settings.<key>}), each change is one new version (a stale
 * one is refused with the current version), audited without secrets, and announced to the modules
 * ({@link Settings#CHANGED}). Values live in the database ({@link ModuleSettingStore}): kept across upgrades and
 * uninstalls, removed by a purge, the same on every node.
 */
@ApplicationScoped
public class ModuleSettingsService {

    private Database db;
    private ModuleService modules;
    private AuditTrail audit;
    private Clock clock;

    protected ModuleSettingsService() {
        // for CDI proxies
    }

    @Inject
    public ModuleSettingsService(Database db, ModuleService modules, AuditTrail audit, Clock clock) {
        this.db = db;
        this.modules = modules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a module runs here and declares settings (the UI offers them then). */
    public boolean declaresSettings(String moduleId) {
        return modules.host().running(moduleId).map(m -> !m.settings().isEmpty()).orElse(false);
    }

    /** A running module's settings, labelled in {@code locale}. */
    public ModuleSettingsOverview read(Actor actor, String moduleId, Locale locale) {
        actor.require(Permission.MANAGE_MODULES);
        RunningModule module = running(moduleId);
        return overview(module, ModuleSettingStore.read(db, moduleId), locale);
    }

    /**
     * Changes a running module's settings from the version the administrator saw; answers them as they are now. A
     * change that sets what is set already makes no new version.
     *
     * @throws InvalidInputException refused values by field ({@code settings.<key>}; {@code version} when missing)
     * @throws eu.clus3.core.shared.ConflictException {@code error.staleVersion} with the current version
     */
    public ModuleSettingsOverview change(Actor actor, String moduleId, ModuleSettingsChange change, Locale locale) {
        actor.require(Permission.MANAGE_MODULES);
        RunningModule module = running(moduleId);
        if (change == null || change.version() == null) {
            throw InvalidInputException.of("version", "validation.required", "version is required: the version of"
                    + " the settings you changed");
        }
        List<ModuleSetting> declared = module.settings();
        ModuleSettingStore.Change done = ModuleSettingStore.change(db, clock, moduleId, declared, change.version(),
                change.values() == null ? Map.of() : change.values(), actor.username(),
                c -> audit.record(actor, "module", artifactId(moduleId), null, "module.settingsChanged",
                        ModuleMail.auditDetails(moduleId + ": " + describe(declared, c))));
        List<String> keys = done.changedKeys();
        if (!keys.isEmpty()) {
            modules.events().publish(ModuleEvents.PLATFORM, Settings.CHANGED, Map.of("module", moduleId,
                    "version", Long.toString(done.after().version()), "keys", String.join(",", keys)));
        }
        return overview(module, done.after(), locale);
    }

    private RunningModule running(String moduleId) {
        return modules.host().running(moduleId).orElseThrow(() -> new NotFoundException("Running module", moduleId));
    }

    private long artifactId(String moduleId) {
        return db.em().createQuery("SELECT a.id FROM ModuleArtifact a WHERE a.pluginId = :id", Long.class)
                .setParameter("id", moduleId).getResultStream().findFirst().orElse(0L);
    }

    /** The audit entry's text: each changed key with its old and new value, secrets only as set or removed. */
    static String describe(List<ModuleSetting> declared, ModuleSettingStore.Change change) {
        Map<String, ModuleSetting> byKey = declared.stream().collect(Collectors.toMap(ModuleSetting::key,
                Function.identity()));
        return change.changedKeys().stream().map(key -> {
            String before = change.before().values().get(key);
            String after = change.after().values().get(key);
            ModuleSetting setting = byKey.get(key);
            if (setting == null || setting.kind() == Kind.SECRET) {
                return key + " " + (after == null ? "removed" : before == null ? "set" : "replaced");
            }
            return key + " " + shown(before) + " -> " + shown(after);
        }).collect(Collectors.joining("; "));
    }

    private static String shown(String value) {
        if (value == null) {
            return "(default)";
        }
        return "\"" + (value.length() > 200 ? value.substring(0, 200) + "…" : value) + "\"";
    }

    private static ModuleSettingsOverview overview(RunningModule module, ModuleSettingStore.Stored stored, Locale locale) {
        ModuleContext context = module.context();
        List<ModuleSettingsOverview.Setting> settings = module.settings().stream().map(s -> {
            String storedValue = stored.values().get(s.key());
            boolean secret = s.kind() == Kind.SECRET;
            List<ModuleSettingsOverview.Choice> choices = s.choices().stream()
                    .map(c -> new ModuleSettingsOverview.Choice(c, text(context, locale, s.choiceKey(c)).orElse(c))).toList();
            return new ModuleSettingsOverview.Setting(s.key(), s.kind(),
                    text(context, locale, s.labelKey()).orElse(s.key()), text(context, locale, s.helpKey()).orElse(null),
                    s.required(), secret ? null : typed(s, s.defaultValue()),
                    secret ? null : typed(s, ModuleSettingRules.effective(s, storedValue)), storedValue != null,
                    choices, s.min(), s.max());
        }).toList();
        return new ModuleSettingsOverview(module.id(), stored.version(), settings);
    }

    /** A text of the module's messages, when it has one ({@code ModuleContext.message} answers {@code !key} otherwise). */
    private static Optional<String> text(ModuleContext context, Locale locale, String key) {
        String text = context.message(locale, key);
        return text == null || text.startsWith("!") || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static Object typed(ModuleSetting setting, String value) {
        return switch (setting.kind()) {
            case NUMBER -> Long.valueOf(value);
            case BOOLEAN -> Boolean.valueOf(value);
            default -> value;
        };
    }
}
