package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * The settings a module declares ({@link ModuleSetting}), which administrators edit while the module runs and the
 * module reads through {@link ModuleContext#settings()}. Each key once per module, or the module fails to start.
 *
 * <p>The platform creates it before the module's {@link ModulePlugin}, so that the plugin may read settings in its
 * constructor and in {@code start()}: give it a public constructor taking a {@link ModuleContext}, or none — never the
 * plugin.
 *
 * @since 1.4.0
 */
public interface SettingsContributor extends ExtensionPoint {

    List<ModuleSetting> settings();
}
