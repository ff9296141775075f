package eu.clus3.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting of a module that administrators edit (<i>Administration → Modules → Settings</i>, or
 * {@code PUT /api/admin/modules/<id>/settings}), such as a greeting, a reminder period or the API key of an external
 * service. Declare each as a constant, list them in a {@link SettingsContributor} and read their current values
 * through {@link ModuleContext#settings()}:
 * <pre>{@code
 * public static final ModuleSetting GREETING = ModuleSetting.text("example.greeting", "Welcome!");
 * public static final ModuleSetting REMINDER_DAYS = ModuleSetting.number("training.reminder-days", 7).between(1, 60);
 * public static final ModuleSetting DIGEST = ModuleSetting.choice("training.digest", List.of("daily", "weekly"), "weekly");
 * public static final ModuleSetting REGISTRY_KEY = ModuleSetting.secret("labeling.registry-key").asRequired();
 * }</pre>
 * Its label and help text come from the module's messages under {@link #labelKey()} ({@code setting.<key>} unless
 * {@link #labelled} says otherwise) and {@link #helpKey()} ({@code setting.<key>.help}); the values of a choice are
 * shown with {@code setting.<key>.choice.<value>} where the messages have it, else as they are.
 *
 * @param key          lower-case letters, digits and '-' in parts joined by '.', at most 100 characters (e.g.
 *                     {@code training.reminder-days}); unique within the module
 * @param kind         what values it takes
 * @param defaultValue the value while an administrator has set none, as text ({@code "7"}, {@code "true"}); {@code ""}
 *                     for a text without one; {@code null} for a secret, which has none
 * @param required     texts and secrets only: administrators cannot leave it empty
 * @param choices      the allowed values of a {@link Kind#CHOICE}, in the order offered; empty for the other kinds
 * @param min          the smallest value of a {@link Kind#NUMBER}, or {@code null}
 * @param max          the largest value of a {@link Kind#NUMBER}, or {@code null}
 * @param labelKey     the key of its label in the module's messages
 * @param helpKey      the key of its help text in the module's messages (a missing text shows no help)
 * @since 1.4.0
 */
public record ModuleSetting(String key, Kind kind, String defaultValue, boolean required, List<String> choices,
                            Long min, Long max, String labelKey, String helpKey) {

    /** What values a setting takes. */
    public enum Kind {
        /** One line of text, at most {@link #MAX_TEXT} characters. */
        TEXT,
        /** A whole number, within {@link #min()} and {@link #max()} when given. */
        NUMBER,
        /** Yes or no. */
        BOOLEAN,
        /** One of {@link #choices()}. */
        CHOICE,
        /** A text never shown back (an API key, a password): administrators see only whether it is set. */
        SECRET
    }

    /** The longest text or secret a setting holds. */
    public static final int MAX_TEXT = 2000;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    public ModuleSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (key.length() > 100 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A setting's key is lower-case letters, digits and '-' in parts joined by"
                    + " '.', at most 100 characters, e.g. 'training.reminder-days': '" + key + "'");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (labelKey == null || labelKey.isBlank()) {
            labelKey = "setting." + key;
        }
        if (helpKey == null || helpKey.isBlank()) {
            helpKey = "setting." + key + ".help";
        }
        if (required && kind != Kind.TEXT && kind != Kind.SECRET) {
            throw new IllegalArgumentException("Only texts and secrets can be required (a " + kind
                    + " always has a value): " + key);
        }
        if ((min != null || max != null) && kind != Kind.NUMBER) {
            throw new IllegalArgumentException("Only numbers have bounds: " + key);
        }
        if (!choices.isEmpty() && kind != Kind.CHOICE) {
            throw new IllegalArgumentException("Only a choice has choices: " + key);
        }
        switch (kind) {
            case TEXT -> {
                defaultValue = defaultValue == null ? "" : defaultValue;
                if (defaultValue.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("The default of " + key + " is longer than " + MAX_TEXT);
                }
            }
            case NUMBER -> {
                long value;
                try {
                    value = Long.parseLong(Objects.requireNonNull(defaultValue, "a number's default"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("The default of " + key + " is not a whole number: " + defaultValue);
                }
                if (min != null && max != null && min > max) {
                    throw new IllegalArgumentException("The bounds of " + key + " are the wrong way round");
                }
                if ((min != null && value < min) || (max != null && value > max)) {
                    throw new IllegalArgumentException("The default of " + key + " is outside its bounds");
                }
            }
            case BOOLEAN -> {
                if (!"true".equals(defaultValue) && !"false".equals(defaultValue)) {
                    throw new IllegalArgumentException("The default of " + key + " is 'true' or 'false': " + defaultValue);
                }
            }
            case CHOICE -> {
                if (choices.isEmpty() || new HashSet<>(choices).size() != choices.size()
                        || choices.stream().anyMatch(c -> c.isBlank() || c.length() > 100 || !c.strip().equals(c))) {
                    throw new IllegalArgumentException("A choice offers distinct values of 1 to 100 characters without"
                            + " surrounding spaces: " + key);
                }
                if (!choices.contains(defaultValue)) {
                    throw new IllegalArgumentException("The default of " + key + " is not one of its choices");
                }
            }
            case SECRET -> {
                if (defaultValue != null) {
                    throw new IllegalArgumentException("A secret has no default: " + key);
                }
            }
        }
    }

    /** One line of text; {@code defaultValue} may be {@code ""} (or {@code null}: the same). */
    public static ModuleSetting text(String key, String defaultValue) {
        return new ModuleSetting(key, Kind.TEXT, defaultValue, false, List.of(), null, null, null, null);
    }

    /** A whole number. */
    public static ModuleSetting number(String key, long defaultValue) {
        return new ModuleSetting(key, Kind.NUMBER, Long.toString(defaultValue), false, List.of(), null, null, null, null);
    }

    /** Yes or no. */
    public static ModuleSetting flag(String key, boolean defaultValue) {
        return new ModuleSetting(key, Kind.BOOLEAN, Boolean.toString(defaultValue), false, List.of(), null, null, null, null);
    }

    /** One of {@code values}, {@code defaultValue} until an administrator chooses. */
    public static ModuleSetting choice(String key, List<String> values, String defaultValue) {
        return new ModuleSetting(key, Kind.CHOICE, defaultValue, false, values, null, null, null, null);
    }

    /** A secret: written by administrators, never shown back, empty until set. */
    public static ModuleSetting secret(String key) {
        return new ModuleSetting(key, Kind.SECRET, null, false, List.of(), null, null, null, null);
    }

    /** The same text or secret, which administrators cannot leave empty. */
    public ModuleSetting asRequired() {
        return new ModuleSetting(key, kind, defaultValue, true, choices, min, max, labelKey, helpKey);
    }

    /** The same number, between {@code min} and {@code max} (both included). */
    public ModuleSetting between(long min, long max) {
        return new ModuleSetting(key, kind, defaultValue, required, choices, min, max, labelKey, helpKey);
    }

    /** The same setting, with its label and help under other keys of the module's messages. */
    public ModuleSetting labelled(String labelKey, String helpKey) {
        return new ModuleSetting(key, kind, defaultValue, required, choices, min, max, labelKey, helpKey);
    }

    /** The key of a choice's label in the module's messages. */
    public String choiceKey(String value) {
        return "setting." + key + ".choice." + value;
    }
}
