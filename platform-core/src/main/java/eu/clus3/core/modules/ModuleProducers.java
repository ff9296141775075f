package eu.clus3.core.modules;

import eu.clus3.core.api.ModuleBodyLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The module settings, read once from MicroProfile Config (environment variables included). */
@ApplicationScoped
public class ModuleProducers {

    @Produces
    @Singleton
    ModuleSettings settings() {
        Config config = ConfigProvider.getConfig();
        return ModuleSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null));
    }

    /** The request filter lets modules' endpoints receive their files: up to the module file limit. */
    @Produces
    @Singleton
    ModuleBodyLimit bodyLimit(ModuleSettings settings) {
        return settings::fileMaxBytes;
    }
}
