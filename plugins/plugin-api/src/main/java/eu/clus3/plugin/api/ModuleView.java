package eu.clus3.plugin.api;

import com.vaadin.flow.component.Component;

import java.util.Objects;

/**
 * A page of a module, mounted at {@code modules/<moduleId>/<path>} while the module runs.
 *
 * <p>The view class is created by the platform (not by CDI): give it a public constructor taking a
 * {@link ModuleContext}, the module's {@link ModulePlugin} subclass, both, or none (see {@link ModulePlugin}). It
 * may use every {@code vaadin-core} component; a module ships no frontend resources of its own. It may implement
 * {@code HasUrlParameter<String>} to receive the rest of the address.
 *
 * <p>The platform frames it like its own pages (since 1.4.0): the page title in the header and the browser's
 * {@code <title>} (from {@link #titleKey}, else the navigation label; a view implementing Vaadin's
 * {@code HasDynamicTitle} names its own), the same padding at every width, and one error handler: a
 * {@link ModuleProblem} or {@link StaleDocumentException} thrown by the view's listeners is shown like the core's
 * errors, so views need no {@code try/catch} of their own.
 *
 * @param path       the address below the module's own, {@code ""} for its main page; letters, digits, '-', '/'
 * @param view       the component class shown
 * @param permission who may open it: {@code null} for every signed-in user, {@link NavigationEntry#PUBLIC} for
 *                   visitors too, a {@link PlatformPermission}'s name or a {@link ModulePermission}'s id (use
 *                   {@link #requiring(PlatformPermission)} / {@link #requiring(ModulePermission)})
 * @param labelKey   the key, in the module's messages, of its entry in the main navigation; {@code null} for none
 * @param icon       the navigation icon, e.g. {@code "vaadin:chart"}
 * @param order      the entry's position (core entries use 0–1000)
 * @param titleKey   the key, in the module's messages, of the page's title; {@code null} to use the label (since 1.4.0)
 */
public record ModuleView(String path, Class<? extends Component> view, String permission, String labelKey,
                         String icon, int order, String titleKey) {

    public ModuleView {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
    }

    /** The form of plugin API 1.3, without a title of its own. */
    public ModuleView(String path, Class<? extends Component> view, String permission, String labelKey,
                      String icon, int order) {
        this(path, view, permission, labelKey, icon, order, null);
    }

    /** A page for every signed-in user, without a navigation entry. */
    public static ModuleView of(String path, Class<? extends Component> view) {
        return new ModuleView(path, view, null, null, null, 500, null);
    }

    /** The same page, listed in the main navigation. */
    public ModuleView inNavigation(String labelKey, String icon, int order) {
        return new ModuleView(path, view, permission, labelKey, icon, order, titleKey);
    }

    /**
     * The same page, titled with this key of the module's messages.
     *
     * @since 1.4.0
     */
    public ModuleView titled(String titleKey) {
        return new ModuleView(path, view, permission, labelKey, icon, order, titleKey);
    }

    /**
     * The same page, for users whose role grants this platform permission.
     *
     * @since 1.4.0
     */
    public ModuleView requiring(PlatformPermission permission) {
        return new ModuleView(path, view, permission.name(), labelKey, icon, order, titleKey);
    }

    /**
     * The same page, for users granted this permission of the module.
     *
     * @since 1.4.0
     */
    public ModuleView requiring(ModulePermission permission) {
        return new ModuleView(path, view, permission.id(), labelKey, icon, order, titleKey);
    }

    /** The same page, open to visitors who have not signed in. */
    public ModuleView forEveryone() {
        return new ModuleView(path, view, NavigationEntry.PUBLIC, labelKey, icon, order, titleKey);
    }

    /**
     * The same page, for users with this platform permission only (or {@link NavigationEntry#PUBLIC}).
     *
     * @deprecated since 1.4.0: use {@link #requiring(PlatformPermission)}, {@link #requiring(ModulePermission)} or
     * {@link #forEveryone()}
     */
    @Deprecated
    public ModuleView requiring(String permission) {
        return new ModuleView(path, view, permission, labelKey, icon, order, titleKey);
    }
}
