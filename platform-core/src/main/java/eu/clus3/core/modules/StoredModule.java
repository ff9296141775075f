package eu.clus3.core.modules;

import java.util.function.Supplier;

/**
 * An installed module as the host needs it to converge on the stored set: what it is, whether it should
 * run, and its bytes (fetched only when the host has to unpack it).
 */
public record StoredModule(ModuleDescriptor descriptor, ArtifactPackaging packaging, String sha256, boolean enabled,
                           Supplier<byte[]> content) {

    public String id() {
        return descriptor.id();
    }
}
