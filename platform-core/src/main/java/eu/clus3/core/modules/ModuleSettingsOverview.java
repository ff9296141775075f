package eu.clus3.core.modules;

import eu.clus3.plugin.api.ModuleSetting;

import java.util.List;

/**
 * A running module's settings as administrators edit them: what it declares, in the reader's language, and the
 * current values. A secret's value is never in it, only whether one is set.
 *
 * @param moduleId the module
 * @param version  the version to send back with a change ({@code 0} while nothing was ever set)
 * @param settings in the order the module declares them (empty when it declares none)
 */
public record ModuleSettingsOverview(String moduleId, long version, List<Setting> settings) {

    /**
     * One setting.
     *
     * @param key          its key, also the name of its value in a change
     * @param kind         TEXT, NUMBER, BOOLEAN, CHOICE or SECRET
     * @param label        its label, from the module's messages
     * @param help         its help text, or {@code null}
     * @param required     whether it must not be empty (texts and secrets)
     * @param defaultValue the value it has while none is set: a string, a number or a boolean; {@code null} for a secret
     * @param value        its value now, typed like the default; {@code null} for a secret
     * @param set          whether an administrator set a value (for a secret: whether it has one)
     * @param choices      the values a choice allows, with their labels; empty for other kinds
     * @param min          a number's smallest value, or {@code null}
     * @param max          a number's largest value, or {@code null}
     */
    public record Setting(String key, ModuleSetting.Kind kind, String label, String help, boolean required,
                          Object defaultValue, Object value, boolean set, List<Choice> choices, Long min, Long max) {
    }

    /** A value a choice allows and its label. */
    public record Choice(String value, String label) {
    }
}
