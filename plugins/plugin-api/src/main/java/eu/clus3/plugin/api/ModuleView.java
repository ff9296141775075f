package eu.clus3.plugin.api;

import com.vaadin.flow.component.Component;

import java.util.Objects;

/**
 * A page of a module, mounted at {@code modules/<moduleId>/<path>} while the module runs.
 *
 * <p>The view class is created by the platform (not by CDI): give it a public constructor taking a
 * {@link ModuleContext}, or none. It may use every {@code vaadin-core} component; a module ships no
 * frontend resources of its own. It may implement {@code HasUrlParameter<String>} to receive the rest
 * of the address.
 *
 * @param path       the address below the module's own, {@code ""} for its main page; letters, digits, '-', '/'
 * @param view       the component class shown
 * @param permission the platform permission needed to open it (e.g. {@code "MANAGE_CLUSTERS"}), {@code null}
 *                   for every signed-in user, or {@link NavigationEntry#PUBLIC} for visitors too
 * @param labelKey   the key, in the module's messages, of its entry in the main navigation; {@code null} for none
 * @param icon       the navigation icon, e.g. {@code "vaadin:chart"}
 * @param order      the entry's position (core entries use 0–1000)
 */
public record ModuleView(String path, Class<? extends Component> view, String permission, String labelKey,
                         String icon, int order) {

    public ModuleView {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
    }

    /** A page for every signed-in user, without a navigation entry. */
    public static ModuleView of(String path, Class<? extends Component> view) {
        return new ModuleView(path, view, null, null, null, 500);
    }

    /** The same page, listed in the main navigation. */
    public ModuleView inNavigation(String labelKey, String icon, int order) {
        return new ModuleView(path, view, permission, labelKey, icon, order);
    }

    /** The same page, for users with this platform permission only (or {@link NavigationEntry#PUBLIC}). */
    public ModuleView requiring(String permission) {
        return new ModuleView(path, view, permission, labelKey, icon, order);
    }
}
