package eu.clus3.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A platform account. Never hard-deleted: deactivating keeps the authorship of content. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role", nullable = false, length = 32)
    private PlatformRole role;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false, length = 16)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 200)
    private String organisation;
    @Column(name = "position_title", length = 200)
    private String positionTitle;
    /** Language tags the person works in, comma-separated (e.g. "it,en,sl"). */
    @Column(length = 200)
    private String languages;
    /** Expertise tags, comma-separated. */
    @Column(length = 1000)
    private String expertise;
    /** Registered by themselves and not yet approved by an administrator: cannot sign in. */
    @Column(name = "approval_pending", nullable = false)
    private boolean approvalPending;

    @Version
    private long version;

    protected User() {
        // for JPA
    }

    public User(String username, String displayName, String email, String passwordHash, PlatformRole role, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.active = true;
        this.locale = "en";
        this.createdAt = now;
    }

    public Actor asActor() {
        return new Actor(id, username, role);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public PlatformRole getRole() { return role; }
    public boolean isActive() { return active; }
    public String getLocale() { return locale; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public String getOrganisation() { return organisation; }
    public String getPositionTitle() { return positionTitle; }
    public String getLanguages() { return languages; }
    public String getExpertise() { return expertise; }
    public boolean isApprovalPending() { return approvalPending; }

    void setProfile(String organisation, String positionTitle, String languages, String expertise) {
        this.organisation = organisation;
        this.positionTitle = positionTitle;
        this.languages = languages;
        this.expertise = expertise;
    }

    /** A self-registered account: inactive until an administrator approves it. */
    void awaitApproval() {
        this.approvalPending = true;
        this.active = false;
    }

    void approve() {
        this.approvalPending = false;
        this.active = true;
    }

    void setDisplayName(String displayName) { this.displayName = displayName; }
    void setEmail(String email) { this.email = email; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setRole(PlatformRole role) { this.role = role; }
    /** Activating a self-registered account approves it: active and pending at once would be neither. */
    void setActive(boolean active) {
        this.active = active;
        if (active) {
            this.approvalPending = false;
        }
    }
    void setLocale(String locale) { this.locale = locale; }
}
