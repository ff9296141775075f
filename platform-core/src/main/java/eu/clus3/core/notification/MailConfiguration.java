package eu.clus3.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link MailSettings} from MicroProfile Config (so {@code CLUS3_SMTP_HOST} and friends work too). */
@ApplicationScoped
public class MailConfiguration {

    @Produces
    @Singleton
    MailSettings settings() {
        Config config = ConfigProvider.getConfig();
        return MailSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null));
    }
}
