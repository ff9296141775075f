package eu.clus3.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the platform gives a module: its data, its settings, read access to the platform, the event bus, search,
 * notifications, links into forums, printable documents and its own messages. It is the only way in: a module never looks
 * up the platform's beans or classes.
 *
 * <p>The host hands it to any class it creates for the module — the {@link ModulePlugin}, every
 * extension and every view — when that class has a public constructor taking one {@code ModuleContext}
 * (see {@link ModulePlugin} for the other constructors it calls). Every method is safe to call from any thread.
 */
public interface ModuleContext {

    /** The module's id ({@code Plugin-Id}). */
    String moduleId();

    /** The running version of the module ({@code Plugin-Version}). */
    String moduleVersion();

    /** The module's own data, kept in the platform's database and kept across upgrades. */
    ModuleStore store();

    /** The cluster organisation with this id, when the current user may see it (or, with no user, when it is public). */
    Optional<ClusterRef> cluster(long id);

    /** The cluster organisation with this address name, under the same rule as {@link #cluster(long)}. */
    Optional<ClusterRef> clusterBySlug(String slug);

    /**
     * The sector, country and region of the cluster organisation with this id, under the same rule as
     * {@link #cluster(long)}. Empty on a platform older than 1.2.0.
     *
     * @since 1.2.0
     */
    default Optional<ClusterFacts> clusterFacts(long id) {
        return Optional.empty();
    }

    /** The cluster organisations the current user may see (the public ones for visitors), by name. */
    List<ClusterRef> clusters();

    /** A person's public identity (id, handle, display name); empty when the account is unknown. */
    Optional<UserRef> user(long id);

    /**
     * The user on whose behalf the module runs now: the caller of a REST endpoint, the viewer of a view
     * or panel. Empty for visitors and for work outside a request (event listeners, start-up).
     */
    Optional<ModuleUser> currentUser();

    /** Publishes events to every module's listeners (and the platform's). */
    EventBus events();

    /** Tells the search index that one of this module's entries changed. */
    SearchPublisher search();

    /** In-app notifications to people. */
    Notifications notifications();

    /** Addresses of the platform's pages, such as a forum discussion about a module's subject. */
    PlatformLinks links();

    /**
     * Printable documents made by the platform: PDF from XHTML with inline SVG. A module that calls it requires
     * plugin API 1.3.0 ({@code Plugin-Requires: >=1.3.0}); implementations written before 1.3.0 answer
     * {@link Documents#NONE}, whose {@code pdf} throws {@link UnsupportedOperationException}.
     *
     * @since 1.3.0
     */
    default Documents documents() {
        return Documents.NONE;
    }

    /**
     * The platform's JSON mapping, the same that binds the module's REST bodies: use it for stored documents too.
     * A platform older than 1.4.0 has none: this default refuses, so modules that use it require {@code >=1.4.0}.
     *
     * @since 1.4.0
     */
    default JsonMapping json() {
        throw new UnsupportedOperationException("The platform's JSON mapping needs plugin API 1.4.0 or later");
    }

    /**
     * Work the platform runs for the module on a schedule, stopped with the module.
     *
     * @since 1.4.0
     */
    default Schedules schedules() {
        throw new UnsupportedOperationException("Scheduled work needs plugin API 1.4.0 or later");
    }

    /**
     * The platform's audit trail, for the module's actions.
     *
     * @since 1.4.0
     */
    default ModuleAudit audit() {
        throw new UnsupportedOperationException("The audit trail needs plugin API 1.4.0 or later");
    }

    /**
     * E-mail to any address through the platform's outbox.
     *
     * @since 1.4.0
     */
    default Mail mail() {
        throw new UnsupportedOperationException("Mail needs plugin API 1.4.0 or later");
    }

    /**
     * The module's settings as administrators set them (else their defaults), read from the platform's database now:
     * see {@link Settings}. The module declares them with a {@link SettingsContributor}.
     *
     * @since 1.4.0
     */
    default Settings settings() {
        throw new UnsupportedOperationException("Module settings need plugin API 1.4.0 or later");
    }

    /**
     * A message from the module's own bundles: {@code messages.properties} and
     * {@code messages_<language>.properties} at the root of the module's jar, formatted with
     * {@link java.text.MessageFormat}. A missing key comes back as {@code "!" + key}.
     */
    String message(Locale locale, String key, Object... arguments);
}
