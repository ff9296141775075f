package eu.clus3.core.modules;

import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleSetting;
import eu.clus3.plugin.api.ModuleSetting.Kind;
import eu.clus3.plugin.api.Settings;
import eu.clus3.plugin.api.SettingsContributor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the platform accepts as a module's settings and how it reads them: the declaration (each key once), the
 * values administrators may set (field errors on {@code settings.<key>}), and the value a module reads (the stored one
 * while it still fits the declaration, else the default). The plugin test kit uses the same rules, so a module's
 * tests refuse what the platform refuses.
 */
public final class ModuleSettingRules {

    /** Control characters and lone surrogates: a setting is one line of text. */
    private static final Pattern BROKEN = Pattern.compile("[\\p{Cc}\\p{Cs}]");
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]{1,19}");

    private ModuleSettingRules() {
    }

    /** The field of a setting in error answers and forms. */
    public static String field(String key) {
        return "settings." + key;
    }

    /**
     * The settings a module declares through those of its extension classes that are {@link SettingsContributor}s.
     * They are created before the module's plugin — so that the plugin may read settings in its constructor and
     * {@code start()} — hence with a {@link ModuleContext} or nothing, never the plugin.
     *
     * @throws IllegalStateException a contributor that wants more, or a key declared twice: the module cannot start
     */
    public static List<ModuleSetting> declared(Collection<Class<?>> extensionClasses, ModuleContext context) {
        List<SettingsContributor> contributors = new ArrayList<>();
        for (Class<?> type : extensionClasses) {
            if (!SettingsContributor.class.isAssignableFrom(type)) {
                continue;
            }
            boolean creatable = Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0
                    || (c.getParameterCount() == 1 && c.getParameterTypes()[0] == ModuleContext.class));
            if (!creatable) {
                throw new IllegalStateException(type.getName() + " is created before the module's plugin: give it a"
                        + " public constructor taking a ModuleContext, or none");
            }
            contributors.add(ModuleHost.instantiate(type.asSubclass(SettingsContributor.class), context, null));
        }
        return declaration(contributors);
    }

    /** The settings a module declares, in declaration order; a key declared twice makes the module fail to start. */
    static List<ModuleSetting> declaration(Collection<? extends SettingsContributor> contributors) {
        Map<String, ModuleSetting> declared = new LinkedHashMap<>();
        for (SettingsContributor contributor : contributors) {
            List<ModuleSetting> settings = contributor.settings();
            for (ModuleSetting setting : settings == null ? List.<ModuleSetting>of() : settings) {
                if (declared.putIfAbsent(setting.key(), setting) != null) {
                    throw new IllegalStateException("it declares the setting '" + setting.key() + "' twice");
                }
            }
        }
        return List.copyOf(declared.values());
    }

    /**
     * The value of a setting, as text, given what is stored for it ({@code null}: nothing): the stored value while it
     * fits the declaration — a newer version of the module may have narrowed it — else the default ({@code null} for
     * a secret that is not set).
     */
    public static String effective(ModuleSetting setting, String stored) {
        if (stored == null) {
            return setting.defaultValue();
        }
        return switch (setting.kind()) {
            case TEXT, SECRET -> stored;
            case CHOICE -> setting.choices().contains(stored) ? stored : setting.defaultValue();
            case BOOLEAN -> "true".equals(stored) || "false".equals(stored) ? stored : setting.defaultValue();
            case NUMBER -> {
                try {
                    long n = Long.parseLong(stored);
                    yield inBounds(setting, n) ? stored : setting.defaultValue();
                } catch (NumberFormatException e) {
                    yield setting.defaultValue();
                }
            }
        };
    }

    /**
     * Applies an administrator's changes to the stored values: {@code changes} maps declared keys to a new value (a
     * string, a number or a boolean, as JSON gives them) or to {@code null} for the default again (a secret: not set).
     * An empty secret is not set either. Keys left out keep their values, and so do values of keys the module no
     * longer declares. Every required setting must have a value afterwards.
     *
     * @return the values to store, by key
     * @throws InvalidInputException one field error per refused setting ({@code settings.<key>}); nothing applies
     */
    public static Map<String, String> apply(List<ModuleSetting> declared, Map<String, String> stored,
                                            Map<String, ?> changes) {
        Map<String, ModuleSetting> byKey = byKey(declared);
        Map<String, String> result = new TreeMap<>(stored);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, ?> change : new TreeMap<String, Object>(changes).entrySet()) {
            String key = change.getKey();
            ModuleSetting setting = byKey.get(key);
            if (setting == null) {
                String shown = key.length() > 100 ? key.substring(0, 100) + "…" : key;
                errors.add(new FieldError(field(shown), "validation.unknownSetting",
                        "The module declares no setting '" + shown + "'"));
                continue;
            }
            Object value = change.getValue();
            if (value == null) {
                result.remove(key);
                continue;
            }
            Optional<String> text = canonical(setting, value, errors);
            if (text.isEmpty()) {
                continue;
            }
            if (setting.kind() == Kind.SECRET && text.get().isEmpty()) {
                result.remove(key);
            } else {
                result.put(key, text.get());
            }
        }
        for (ModuleSetting setting : declared) {
            String value = effective(setting, result.get(setting.key()));
            boolean refused = errors.stream().anyMatch(e -> e.field().equals(field(setting.key())));
            if (setting.required() && !refused && (value == null || value.isEmpty())) {
                errors.add(new FieldError(field(setting.key()), "validation.required", setting.key() + " is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    /** The value of one change as it is stored, or empty after adding the reason it is refused. Never quotes it. */
    private static Optional<String> canonical(ModuleSetting setting, Object value, List<FieldError> errors) {
        String field = field(setting.key());
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            errors.add(switch (setting.kind()) { // a JSON object or array
                case NUMBER -> new FieldError(field, "validation.number", setting.key() + " must be a whole number");
                case BOOLEAN -> new FieldError(field, "validation.flag", setting.key() + " must be true or false");
                case CHOICE -> new FieldError(field, "validation.choice", setting.key() + " must be one of "
                        + String.join(", ", setting.choices()));
                default -> new FieldError(field, "validation.text", setting.key() + " must be a text");
            });
            return Optional.empty();
        }
        String text = (value instanceof BigDecimal d ? d.toPlainString() : value.toString()).strip();
        switch (setting.kind()) {
            case NUMBER -> {
                long n;
                try {
                    n = value instanceof Number ? new BigDecimal(text).longValueExact() : parseWhole(text);
                } catch (ArithmeticException | NumberFormatException e) {
                    errors.add(new FieldError(field, "validation.number", setting.key() + " must be a whole number"));
                    return Optional.empty();
                }
                if (!inBounds(setting, n)) {
                    errors.add(new FieldError(field, "validation.range", setting.key() + " must be "
                            + bounds(setting)));
                    return Optional.empty();
                }
                return Optional.of(Long.toString(n));
            }
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    errors.add(new FieldError(field, "validation.flag", setting.key() + " must be true or false"));
                    return Optional.empty();
                }
                return Optional.of(text);
            }
            default -> {
                if (BROKEN.matcher(text).find()) {
                    errors.add(new FieldError(field, "validation.controlCharacters", setting.key()
                            + " must be one line of text without control characters"));
                    return Optional.empty();
                }
                if (text.length() > ModuleSetting.MAX_TEXT) {
                    errors.add(new FieldError(field, "validation.tooLong", setting.key() + " must be at most "
                            + ModuleSetting.MAX_TEXT + " characters"));
                    return Optional.empty();
                }
                if (setting.kind() == Kind.CHOICE && !setting.choices().contains(text)) {
                    errors.add(new FieldError(field, "validation.choice", setting.key() + " must be one of "
                            + String.join(", ", setting.choices())));
                    return Optional.empty();
                }
                return Optional.of(text);
            }
        }
    }

    private static long parseWhole(String text) {
        if (!WHOLE.matcher(text).matches()) {
            throw new NumberFormatException();
        }
        return Long.parseLong(text);
    }

    private static boolean inBounds(ModuleSetting setting, long n) {
        return (setting.min() == null || n >= setting.min()) && (setting.max() == null || n <= setting.max());
    }

    private static String bounds(ModuleSetting s) {
        if (s.min() != null && s.max() != null) {
            return "between " + s.min() + " and " + s.max();
        }
        return s.min() != null ? "at least " + s.min() : "at most " + s.max();
    }

    private static Map<String, ModuleSetting> byKey(List<ModuleSetting> declared) {
        Map<String, ModuleSetting> byKey = new LinkedHashMap<>();
        declared.forEach(s -> byKey.put(s.key(), s));
        return byKey;
    }

    /** What a module reads: its declared settings over the stored values. */
    public static Settings reader(List<ModuleSetting> declared, Map<String, String> stored) {
        Map<String, ModuleSetting> byKey = byKey(declared);
        Map<String, String> values = Map.copyOf(stored);
        return new Settings() {
            @Override
            public String text(String key) {
                return value(key, Kind.TEXT, Kind.CHOICE);
            }

            @Override
            public long number(String key) {
                return Long.parseLong(value(key, Kind.NUMBER));
            }

            @Override
            public boolean flag(String key) {
                return Boolean.parseBoolean(value(key, Kind.BOOLEAN));
            }

            @Override
            public Optional<String> secret(String key) {
                return Optional.ofNullable(value(key, Kind.SECRET));
            }

            private String value(String key, Kind... kinds) {
                ModuleSetting setting = byKey.get(key);
                if (setting == null) {
                    throw new IllegalArgumentException("The module declares no setting '" + key + "'; it declares "
                            + byKey.keySet());
                }
                if (!List.of(kinds).contains(setting.kind())) {
                    throw new IllegalArgumentException("The setting '" + key + "' is a " + setting.kind()
                            + ", not a " + List.of(kinds));
                }
                return effective(setting, values.get(key));
            }

            @Override
            public String toString() {
                return "Settings" + byKey.keySet(); // never the values: some are secrets
            }
        };
    }
}
