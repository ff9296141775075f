package eu.clus3.plugin.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a module declares for itself (e.g. {@code labeling.assess}), which administrators grant to people
 * or to whole platform roles (<i>Administration → Users</i>, or {@code /api/admin/module-permissions}). Declare
 * each as a constant and list them in a {@link PermissionContributor}; check them with
 * {@link ModuleUser#has(ModulePermission)}:
 * <pre>{@code
 * public static final ModulePermission ASSESS = ModulePermission.of("labeling.assess");
 * ...
 * if (!user.has(ASSESS)) throw ModuleProblem.forbidden("labeling.assessorsOnly", "Only assessors may score");
 * }</pre>
 * Its name and description for administrators come from the module's messages, under the keys
 * {@code permission.<id>} and {@code permission.<id>.description} (EN and IT bundles).
 *
 * @param id the module's id, a dot, and a name: lower-case letters, digits, '-' and '.', at most 100 characters
 * @since 1.4.0
 */
public record ModulePermission(String id) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    public ModulePermission {
        Objects.requireNonNull(id, "id");
        if (id.length() > 100 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A module permission is '<moduleId>.<name>' in lower case, e.g."
                    + " 'labeling.assess': '" + id + "'");
        }
    }

    public static ModulePermission of(String id) {
        return new ModulePermission(id);
    }

    /** The id of the module that declares it: what comes before the first dot. */
    public String moduleId() {
        return id.substring(0, id.indexOf('.'));
    }

    /** The key of its name in the module's messages. */
    public String nameKey() {
        return "permission." + id;
    }

    /** The key of its one-line description in the module's messages. */
    public String descriptionKey() {
        return "permission." + id + ".description";
    }
}
