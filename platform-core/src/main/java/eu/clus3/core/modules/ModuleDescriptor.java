package eu.clus3.core.modules;

import java.util.List;

/**
 * What a module says about itself (PF4J's {@code Plugin-*} manifest entries or {@code plugin.*} properties).
 *
 * @param id           {@code Plugin-Id}
 * @param version      {@code Plugin-Version}
 * @param requires     {@code Plugin-Requires}: the plugin-API versions it works with
 * @param dependencies {@code Plugin-Dependencies}
 * @param pluginClass  {@code Plugin-Class}, or empty
 * @param description  {@code Plugin-Description}, or empty
 * @param provider     {@code Plugin-Provider}, or empty
 * @param license      {@code Plugin-License}, or empty
 */
public record ModuleDescriptor(String id, String version, String requires, List<ModuleDependency> dependencies,
                               String pluginClass, String description, String provider, String license) {

    public ModuleDescriptor {
        dependencies = List.copyOf(dependencies);
    }

    /** Rebuilds a descriptor from stored fields; {@code dependencies} in PF4J's notation ({@code a@>=1.0.0, b?@*}). */
    static ModuleDescriptor of(String id, String version, String requires, String dependencies, String pluginClass,
                               String description, String provider, String license) {
        List<ModuleDependency> deps = new java.util.ArrayList<>();
        for (String one : dependencies.split(",")) {
            if (!one.isBlank()) {
                org.pf4j.PluginDependency d = new org.pf4j.PluginDependency(one.trim());
                deps.add(new ModuleDependency(d.getPluginId(), d.getPluginVersionSupport(), d.isOptional()));
            }
        }
        return new ModuleDescriptor(id, version, requires, deps, pluginClass, description, provider, license);
    }

    /**
     * One module another needs.
     *
     * @param id       the module's id
     * @param versions the versions accepted ({@code *} for any)
     * @param optional whether the dependent also runs without it
     */
    public record ModuleDependency(String id, String versions, boolean optional) {
    }
}
