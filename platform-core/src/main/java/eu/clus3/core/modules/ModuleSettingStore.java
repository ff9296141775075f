package eu.clus3.core.modules;

import eu.clus3.core.database.Database;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.plugin.api.ModuleSetting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Modules' settings in the platform database (V14): per module a version, which every change raises, and the values
 * administrators set. Read from the database each time, so every node sees a change at once; a change locks the
 * module's row, so two administrators editing the same version never both win.
 */
public final class ModuleSettingStore {

    /** A module's stored settings: the version ({@code 0} while none was ever set) and the values set, by key. */
    public record Stored(long version, Map<String, String> values) {
        public Stored {
            values = Map.copyOf(values);
        }

        @Override
        public String toString() {
            return "Stored[version=" + version + ", keys=" + new TreeSet<>(values.keySet()) + "]"; // values may be secrets
        }
    }

    /** What a change did: the settings before and after ({@code after == before} when nothing changed). */
    public record Change(Stored before, Stored after) {

        /** The keys whose stored value changed, in key order. */
        public List<String> changedKeys() {
            TreeSet<String> keys = new TreeSet<>(before.values().keySet());
            keys.addAll(after.values().keySet());
            return keys.stream().filter(k -> !Objects.equals(before.values().get(k), after.values().get(k))).toList();
        }
    }

    private ModuleSettingStore() {
    }

    /** A module's stored settings, read in one statement (version and values of the same commit). */
    public static Stored read(Database db, String moduleId) {
        return db.inTransaction(() -> stored(db, moduleId, false));
    }

    @SuppressWarnings("unchecked")
    private static Stored stored(Database db, String moduleId, boolean lock) {
        if (lock) {
            // Every writer locks the module's row first, so what follows is read under that lock.
            db.em().createNativeQuery("SELECT version FROM module_setting_sets WHERE plugin_id = ? FOR UPDATE")
                    .setParameter(1, moduleId).getResultList();
        }
        List<Object[]> rows = db.em().createNativeQuery("SELECT s.version, v.setting_key, v.setting_value"
                        + " FROM module_setting_sets s LEFT JOIN module_setting_values v ON v.plugin_id = s.plugin_id"
                        + " WHERE s.plugin_id = ?")
                .setParameter(1, moduleId).getResultList();
        if (rows.isEmpty()) {
            return new Stored(0, Map.of());
        }
        Map<String, String> values = new TreeMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                values.put((String) row[1], (String) row[2]);
            }
        }
        return new Stored(((Number) rows.get(0)[0]).longValue(), values);
    }

    /**
     * Applies an administrator's changes ({@link ModuleSettingRules#apply}) to a module's settings as one new version.
     *
     * @param expectedVersion the version the administrator edited, or {@code null} to change whatever is stored
     * @param by              who changes them (recorded with the version), or {@code null}
     * @param alsoInTransaction runs after the write, in its transaction (the audit entry), when something changed
     * @throws ConflictException {@code error.staleVersion} with the current version when {@code expectedVersion} is
     *                           not the stored one
     * @throws eu.clus3.core.shared.InvalidInputException refused values, by field; nothing changed
     */
    public static Change change(Database db, Clock clock, String moduleId, List<ModuleSetting> declared,
                                Long expectedVersion, Map<String, ?> changes, String by, Consumer<Change> alsoInTransaction) {
        String what = "The settings of module '" + moduleId + "'";
        try {
            return db.inTransaction(() -> {
                Stored current = stored(db, moduleId, true);
                if (expectedVersion != null && expectedVersion != current.version()) {
                    throw ConflictException.staleVersion(what, current.version());
                }
                Map<String, String> values = ModuleSettingRules.apply(declared, current.values(), changes);
                if (values.equals(current.values())) {
                    return new Change(current, current);
                }
                Change change = new Change(current, new Stored(current.version() + 1, values));
                write(db, moduleId, change, Timestamp.from(clock.instant()), by);
                alsoInTransaction.accept(change);
                return change;
            });
        } catch (ConflictException e) {
            if (!"error.duplicate".equals(e.code())) {
                throw e;
            }
            // Another administrator set the module's first settings at the same moment: theirs won.
            throw ConflictException.staleVersion(what, read(db, moduleId).version());
        }
    }

    private static void write(Database db, String moduleId, Change change, Timestamp at, String by) {
        var em = db.em();
        long version = change.after().version();
        if (change.before().version() == 0) {
            em.createNativeQuery("INSERT INTO module_setting_sets (plugin_id, version, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?)").setParameter(1, moduleId).setParameter(2, version).setParameter(3, at)
                    .setParameter(4, by).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE module_setting_sets SET version = ?, updated_at = ?, updated_by = ?"
                    + " WHERE plugin_id = ?").setParameter(1, version).setParameter(2, at).setParameter(3, by)
                    .setParameter(4, moduleId).executeUpdate();
        }
        for (String key : change.changedKeys()) {
            em.createNativeQuery("DELETE FROM module_setting_values WHERE plugin_id = ? AND setting_key = ?")
                    .setParameter(1, moduleId).setParameter(2, key).executeUpdate();
            String value = change.after().values().get(key);
            if (value != null) {
                em.createNativeQuery("INSERT INTO module_setting_values (plugin_id, setting_key, setting_value)"
                        + " VALUES (?, ?, ?)").setParameter(1, moduleId).setParameter(2, key).setParameter(3, value)
                        .executeUpdate();
            }
        }
    }

    /** Removes a module's settings (uninstall with purge); answers how many values it had. */
    static int purge(Database db, String moduleId) {
        return db.inTransaction(() -> {
            int values = db.em().createNativeQuery("DELETE FROM module_setting_values WHERE plugin_id = ?")
                    .setParameter(1, moduleId).executeUpdate();
            db.em().createNativeQuery("DELETE FROM module_setting_sets WHERE plugin_id = ?")
                    .setParameter(1, moduleId).executeUpdate();
            return values;
        });
    }
}
