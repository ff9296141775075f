package eu.clus3.core.platform;

import eu.clus3.core.identity.LoginThrottle;
import eu.clus3.core.identity.PasswordHasher;
import eu.clus3.core.shared.Clus3Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;

/** The application-wide single instances that are plain classes rather than beans. */
@ApplicationScoped
public class PlatformProducers {

    /** MicroProfile Config also answers environment variables: CLUS3_DATA_DIR for clus3.data.dir. */
    @Produces
    @Singleton
    Clus3Config config() {
        Config config = ConfigProvider.getConfig();
        return Clus3Config.from(key -> config.getOptionalValue(key, String.class).orElse(null));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Produces
    @Singleton
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }
}
