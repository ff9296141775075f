package eu.clus3.plugin.api;

import com.vaadin.flow.component.Component;

import java.util.Objects;

/**
 * One entry of the main navigation.
 *
 * @param view       the routed view it opens
 * @param labelKey   message key of its label, translated with the contributor's bundles
 * @param icon       a Vaadin Lumo/Vaadin icon name such as {@code "vaadin:home"}
 * @param section    where it stands: the main list or the administration group
 * @param order      position within its section, lower first
 * @param permission the permission the user needs to see it, {@code null} for every signed-in user, or
 *                   {@link #PUBLIC} for everyone, visitors included
 */
public record NavigationEntry(Class<? extends Component> view, String labelKey, String icon, Section section,
                              int order, String permission) {

    public enum Section { MAIN, ADMINISTRATION }

    /** The permission value of entries that visitors who have not signed in see too. */
    public static final String PUBLIC = "public";

    public NavigationEntry {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(section, "section");
    }
}
