package eu.clus3.core.identity;

import eu.clus3.core.audit.AuditTrail;
import eu.clus3.core.database.Database;
import eu.clus3.core.search.SearchOutbox;
import eu.clus3.core.shared.ConflictException;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Accounts: creation, administration, sign-in, own settings. Every rule is checked here. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());
    public static final String ADMIN_USERNAME = "admin";
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    private Database db;
    private UserRepository users;
    private PasswordHasher hasher;
    private LoginThrottle throttle;
    private Clock clock;
    private SearchOutbox search;
    private AuditTrail audit;

    protected UserService() {
        // for CDI proxies
    }

    @Inject
    public UserService(Database db, UserRepository users, PasswordHasher hasher, LoginThrottle throttle, Clock clock,
                       AuditTrail audit, SearchOutbox search) {
        this.audit = audit;
        this.search = search;
        this.db = db;
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Creates the administrator on the very first start. Returns the generated password when none was
     * configured, so the caller can print it once; nothing when an account already exists.
     */
    public Optional<String> createFirstAdministrator(Optional<String> configuredPassword) {
        return db.inTransaction(() -> {
            if (users.count() > 0) {
                return Optional.<String>empty();
            }
            String password = configuredPassword.orElseGet(PasswordPolicy::generate);
            if (configuredPassword.isPresent()) {
                Validator v = new Validator();
                PasswordPolicy.check(v, "CLUS3_ADMIN_PASSWORD", password, ADMIN_USERNAME);
                v.throwIfInvalid();
            }
            User admin = users.add(new User(ADMIN_USERNAME, "Administrator", null, hasher.hash(password.toCharArray()),
                    PlatformRole.ADMINISTRATOR, clock.instant()));
            searchable(admin);
            return configuredPassword.isPresent() ? Optional.<String>empty() : Optional.of(password);
        });
    }

    public UserView create(Actor actor, NewUser input) {
        actor.require(Permission.MANAGE_USERS);
        return db.inTransaction(() -> {
            UserView created = newAccount(input, false);
            audit.record(actor, "user", created.id(), null, "user.created", created.username() + " as " + created.role());
            LOG.info(() -> "User " + created.username() + " created by " + actor.username());
            return created;
        });
    }

    /** How an account came to be when no administrator created it. */
    public enum AccountOrigin {
        /** The caller checked a valid invitation: the account is active at once. */
        INVITATION,
        /** Self-registration: the account waits for an administrator's approval. */
        SELF_REGISTRATION
    }

    /**
     * Opens an account for someone who proved the right to one: the caller (the invitation or
     * registration flow) has checked that proof; this checks the input like {@link #create}.
     */
    public UserView openAccount(NewUser input, AccountOrigin origin) {
        UserView opened = newAccount(input, origin == AccountOrigin.SELF_REGISTRATION);
        LOG.info(() -> "User " + opened.username() + " opened an account (" + origin.name().toLowerCase() + ")");
        return opened;
    }

    private UserView newAccount(NewUser input, boolean awaitingApproval) {
        String username = input.username() == null ? null : input.username().trim().toLowerCase();
        String email = blankToNull(input.email());
        Validator v = new Validator()
                .required("username", username)
                .matches("username", username, USERNAME, "validation.username",
                        "3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
                .required("displayName", input.displayName())
                .maxLength("displayName", input.displayName(), 200)
                .maxLength("email", email, 254)
                .email("email", email)
                .check(input.role() != null, "role", "validation.required", "role is required");
        PasswordPolicy.check(v, "password", input.password(), username);
        v.throwIfInvalid();
        return db.inTransaction(() -> {
            Validator taken = new Validator()
                    .check(users.findByUsername(username).isEmpty(), "username", "validation.usernameTaken",
                            "this user name is taken")
                    .check(email == null || users.findByEmail(email).isEmpty(), "email", "validation.emailTaken",
                            "another account uses this e-mail address");
            taken.throwIfInvalid();
            User user = new User(username, input.displayName().trim(), email,
                    hasher.hash(input.password().toCharArray()), input.role(), clock.instant());
            if (awaitingApproval) {
                user.awaitApproval();
            }
            users.add(user);
            db.em().flush();
            searchable(user);
            return UserView.of(user);
        });
    }

    /** Approves a self-registered account, which can then sign in. */
    public UserView approveRegistration(Actor actor, long id) {
        actor.require(Permission.MANAGE_USERS);
        return db.inTransaction(() -> {
            User user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
            if (!user.isApprovalPending()) {
                throw new ConflictException("error.notPending", "This account is not waiting for approval", null);
            }
            user.approve();
            db.em().flush();
            searchable(user);
            audit.record(actor, "user", user.getId(), null, "user.approved", user.getUsername());
            LOG.info(() -> "Registration of " + user.getUsername() + " approved by " + actor.username());
            return UserView.of(user);
        });
    }

    /** Turns down a self-registration: the account never signed in and wrote nothing, so it is removed. */
    public void rejectRegistration(Actor actor, long id) {
        actor.require(Permission.MANAGE_USERS);
        db.inTransaction(() -> {
            User user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
            if (!user.isApprovalPending()) {
                throw new ConflictException("error.notPending", "This account is not waiting for approval", null);
            }
            db.em().remove(user);
            searchable(user);
            audit.record(actor, "user", id, null, "user.rejected", user.getUsername());
            LOG.info(() -> "Registration of " + user.getUsername() + " rejected by " + actor.username());
        });
    }

    /** One's own profile: name, e-mail, organisation, position, languages, expertise. */
    public UserView updateOwnProfile(Actor actor, PersonProfile profile) {
        Validator v = new Validator()
                .required("displayName", profile.displayName()).maxLength("displayName", profile.displayName(), 200)
                .maxLength("email", profile.email(), 254).email("email", profile.email())
                .maxLength("organisation", profile.organisation(), 200)
                .maxLength("positionTitle", profile.positionTitle(), 200);
        // Lower-cased before joining, so "IT" and "it" are one language, not two.
        String languages = PersonProfile.joinTags(profile.languages() == null ? null : profile.languages().stream()
                .map(l -> l == null ? null : l.toLowerCase(java.util.Locale.ROOT)).toList());
        String expertise = PersonProfile.joinTags(profile.expertise());
        v.maxLength("languages", languages, 200).maxLength("expertise", expertise, 1000)
                .check(profile.languages() == null || profile.languages().stream()
                                .allMatch(l -> l != null && l.trim().matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?")),
                        "languages", "validation.languages", "languages must be language codes such as en, it, sl")
                .check(profile.expertise() == null || profile.expertise().stream()
                                .allMatch(t -> t != null && !t.isBlank() && t.trim().length() <= 60 && !t.contains(",")),
                        "expertise", "validation.tags", "each expertise tag has 1 to 60 characters and no comma")
                .throwIfInvalid();
        return db.inTransaction(() -> {
            User user = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
            user.setDisplayName(profile.displayName().trim());
            user.setEmail(blankToNull(profile.email()));
            user.setProfile(blankToNull(profile.organisation()), blankToNull(profile.positionTitle()),
                    languages == null ? null : languages.toLowerCase(java.util.Locale.ROOT), expertise);
            db.em().flush();
            searchable(user);
            audit.record(actor, "user", user.getId(), null, "user.profile", "profile changed by the user");
            return UserView.of(user);
        });
    }

    public UserView update(Actor actor, long id, UserChanges changes) {
        actor.require(Permission.MANAGE_USERS);
        Validator v = new Validator()
                .check(changes.version() != null, "version", "validation.required",
                        "version is required (the version of the user you edited)");
        if (changes.displayName() != null) {
            v.required("displayName", changes.displayName()).maxLength("displayName", changes.displayName(), 200);
        }
        v.maxLength("email", changes.email(), 254).email("email", changes.email());
        v.throwIfInvalid();
        return db.inTransaction(() -> {
            User user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
            if (user.getVersion() != changes.version()) {
                throw ConflictException.staleVersion("User " + user.getUsername(), user.getVersion());
            }
            boolean losesAdmin = user.getRole() == PlatformRole.ADMINISTRATOR && user.isActive()
                    && ((changes.role() != null && changes.role() != PlatformRole.ADMINISTRATOR)
                    || Boolean.FALSE.equals(changes.active()));
            if (losesAdmin && users.countActiveWithRole(PlatformRole.ADMINISTRATOR) <= 1) {
                throw new ConflictException("error.lastAdministrator",
                        "The platform needs at least one active administrator", null);
            }
            if (user.getId() == actor.userId() && Boolean.FALSE.equals(changes.active())) {
                throw new ForbiddenException("You cannot deactivate your own account");
            }
            java.util.List<String> changed = new java.util.ArrayList<>();
            if (changes.role() != null && changes.role() != user.getRole()) {
                changed.add("role " + user.getRole() + " -> " + changes.role());
            }
            if (changes.active() != null && changes.active() != user.isActive()) {
                changed.add(changes.active() ? "reactivated" : "deactivated");
            }
            if (changes.displayName() != null && !changes.displayName().trim().equals(user.getDisplayName())) {
                changed.add("name");
            }
            if (changes.email() != null && !java.util.Objects.equals(blankToNull(changes.email()), user.getEmail())) {
                changed.add("e-mail");
            }
            if (changes.displayName() != null) {
                user.setDisplayName(changes.displayName().trim());
            }
            if (changes.email() != null) {
                user.setEmail(blankToNull(changes.email()));
            }
            if (changes.role() != null) {
                user.setRole(changes.role());
            }
            if (changes.active() != null) {
                user.setActive(changes.active());
            }
            db.em().flush();
            searchable(user);
            if (!changed.isEmpty()) {
                audit.record(actor, "user", user.getId(), null, "user.updated", String.join(", ", changed));
            }
            LOG.info(() -> "User " + user.getUsername() + " changed by " + actor.username());
            return UserView.of(user);
        });
    }

    public Page<UserView> list(Actor actor, PageRequest page) {
        if (!actor.can(Permission.MANAGE_USERS)) {
            actor.require(Permission.SEE_USER_DIRECTORY);
        }
        return db.inTransaction(() -> new Page<>(
                users.page(page.offset(), page.size()).stream().map(UserView::of).toList(),
                page.page(), page.size(), users.count()));
    }

    public UserView get(Actor actor, long id) {
        if (actor.userId() != id && !actor.can(Permission.MANAGE_USERS)) {
            actor.require(Permission.SEE_USER_DIRECTORY);
        }
        return db.inTransaction(() -> users.findById(id).map(UserView::of)
                .orElseThrow(() -> new NotFoundException("User", id)));
    }

    /** A person's profile page: for themselves and for those who may see the user directory. */
    public UserView person(Actor viewer, String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        UserView found = db.inTransaction(() -> users.findByUsername(name).map(UserView::of))
                .orElseThrow(() -> new NotFoundException("User", name));
        if (found.id() != viewer.userId() && !viewer.can(Permission.MANAGE_USERS)) {
            viewer.require(Permission.SEE_USER_DIRECTORY);
        }
        return found;
    }

    public UserView me(Actor actor) {
        return get(actor, actor.userId());
    }

    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        db.inTransaction(() -> {
            User user = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
            Validator v = new Validator().required("currentPassword", currentPassword);
            if (!v.hasErrorOn("currentPassword")) {
                v.check(hasher.verify(currentPassword.toCharArray(), user.getPasswordHash()), "currentPassword",
                        "validation.wrongPassword", "the current password is not right");
            }
            PasswordPolicy.check(v, "newPassword", newPassword, user.getUsername());
            v.throwIfInvalid();
            user.setPasswordHash(hasher.hash(newPassword.toCharArray()));
            audit.record(actor, "user", user.getId(), null, "user.password", "changed by the user");
            LOG.info(() -> "User " + user.getUsername() + " changed their password");
        });
    }

    /** Sets a new password through a reset link the caller has verified; the policy applies as always. */
    public void resetPassword(long userId, String newPassword) {
        db.inTransaction(() -> {
            User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
            Validator v = new Validator();
            PasswordPolicy.check(v, "newPassword", newPassword, user.getUsername());
            v.throwIfInvalid();
            user.setPasswordHash(hasher.hash(newPassword.toCharArray()));
            throttle.recordSuccess(user.getUsername());
            LOG.info(() -> "Password of " + user.getUsername() + " reset through a reset link");
        });
    }

    /** Sets one's own picture (PNG or JPEG, re-encoded; the same limits as cluster logos). */
    public void setOwnAvatar(Actor actor, byte[] upload) {
        byte[] png = eu.clus3.core.cluster.LogoImage.normalise(upload, "avatar");
        db.inTransaction(() -> {
            UserAvatar existing = db.em().find(UserAvatar.class, actor.userId());
            if (existing == null) {
                db.em().persist(new UserAvatar(actor.userId(), "image/png", png, clock.instant()));
            } else {
                existing.replace("image/png", png, clock.instant());
            }
            audit.record(actor, "user", actor.userId(), null, "user.profile", "picture changed");
        });
    }

    /** A person's picture, for signed-in viewers. */
    public Optional<UserAvatar> avatar(Actor viewer, long userId) {
        return db.inTransaction(() -> Optional.ofNullable(db.em().find(UserAvatar.class, userId)));
    }

    /** Changes of one account, for administrators. */
    public java.util.List<eu.clus3.core.audit.AuditView> auditTrail(Actor actor, long id, PageRequest page) {
        actor.require(Permission.SEE_AUDIT);
        return db.inTransaction(() -> audit.ofSubject("user", id, page.offset(), page.size()));
    }

    public Optional<UserView> findByEmail(String email) {
        return db.inTransaction(() -> users.findByEmail(email).map(UserView::of));
    }

    public UserView changeOwnLocale(Actor actor, String languageTag) {
        new Validator().check(Locales.isSupported(languageTag), "locale", "validation.locale",
                "locale must be one of " + Locales.SUPPORTED).throwIfInvalid();
        return db.inTransaction(() -> {
            User user = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
            user.setLocale(languageTag);
            db.em().flush();
            searchable(user);
            return UserView.of(user);
        });
    }

    /**
     * Checks a user name and password, applying the attempt limits. An unknown name costs the same
     * time as a wrong password and gets the same answer.
     */
    public LoginResult signIn(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.trim().toLowerCase();
        var wait = throttle.blockedFor(name, clientAddress);
        if (wait.isPresent()) {
            LOG.warning(() -> "Sign-in refused for '" + name + "' from " + clientAddress + ": too many failures");
            return new LoginResult.Throttled(wait.get());
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<User> user = name.isEmpty() || secret.length > PasswordPolicy.MAX_LENGTH
                ? Optional.empty()
                : db.inTransaction(() -> users.findByUsername(name));
        boolean ok;
        if (user.isPresent()) {
            ok = hasher.verify(secret, user.get().getPasswordHash()) && user.get().isActive();
        } else {
            hasher.verifyAgainstNothing(secret);
            ok = false;
        }
        if (!ok) {
            throttle.recordFailure(name, clientAddress);
            LOG.info(() -> "Failed sign-in for '" + name + "' from " + clientAddress);
            return new LoginResult.Failure();
        }
        throttle.recordSuccess(name);
        return new LoginResult.Success(user.get().asActor());
    }

    /** The actor behind an established session, if the account still exists and is active. */
    public Optional<Actor> activeActor(String username) {
        return db.inTransaction(() -> users.findByUsername(username).filter(User::isActive).map(User::asActor));
    }

    public Optional<String> preferredLocale(Actor actor) {
        return db.inTransaction(() -> users.findById(actor.userId()).map(User::getLocale));
    }

    /** A person's search document follows every change of the account (inside the caller's transaction). */
    private void searchable(User user) {
        search.changed(PersonSearchSource.KIND, String.valueOf(user.getId()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
