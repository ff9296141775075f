package eu.clus3.core.modules;

import java.util.Map;
import java.util.TreeSet;

/**
 * An administrator's change to a module's settings.
 *
 * @param version the version the administrator saw ({@link ModuleSettingsOverview#version()}); a newer one stored means
 *                someone else changed them first (409 {@code error.staleVersion} with {@code currentVersion})
 * @param values  by key: the new value (a string, a number or a boolean), or {@code null} for the default again (a
 *                secret: removed); keys left out keep their values, so an unchanged secret is simply not sent
 */
public record ModuleSettingsChange(Long version, Map<String, Object> values) {

    @Override
    public String toString() {
        return "ModuleSettingsChange[version=" + version + ", keys="
                + (values == null ? "[]" : new TreeSet<>(values.keySet())) + "]"; // never the values: some are secrets
    }
}
