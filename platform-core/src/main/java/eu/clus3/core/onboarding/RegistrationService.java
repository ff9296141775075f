package eu.clus3.core.onboarding;

import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.Clus3Config;
import eu.clus3.core.shared.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Self-registration, when the platform allows it ({@code CLUS3_REGISTRATION_OPEN=true}): the new
 * account is a platform member that cannot sign in until an administrator approves it.
 */
@ApplicationScoped
public class RegistrationService {

    private UserService users;
    private Clus3Config config;

    protected RegistrationService() {
        // for CDI proxies
    }

    @Inject
    public RegistrationService(UserService users, Clus3Config config) {
        this.users = users;
        this.config = config;
    }

    public boolean isOpen() {
        return config.registrationOpen();
    }

    public record Registration(String username, String displayName, String email, String password) { }

    public UserView register(Registration r) {
        if (!isOpen()) {
            throw new ForbiddenException("Self-registration is closed on this platform: ask for an invitation");
        }
        return users.openAccount(new NewUser(r.username(), r.displayName(), r.email(), PlatformRole.MEMBER, r.password()),
                UserService.AccountOrigin.SELF_REGISTRATION);
    }
}
