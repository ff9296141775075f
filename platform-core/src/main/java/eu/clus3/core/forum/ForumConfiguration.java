package eu.clus3.core.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link ForumSettings} from MicroProfile Config (so {@code CLUS3_FORUM_FLAGS_TO_HIDE} works too). */
@ApplicationScoped
public class ForumConfiguration {

    @Produces
    @Singleton
    ForumSettings settings() {
        Config config = ConfigProvider.getConfig();
        return ForumSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null));
    }
}
