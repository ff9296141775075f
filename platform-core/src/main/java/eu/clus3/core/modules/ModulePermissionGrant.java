package eu.clus3.core.modules;

import eu.clus3.core.identity.PlatformRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A module's permission granted to one person or to one platform role (V12). Written once, removed on revoke or
 * when the module is purged; never changed.
 */
@Entity
@Table(name = "module_permission_grants")
public class ModulePermissionGrant {

    @Id
    @SequenceGenerator(name = "module_permission_grants_seq", sequenceName = "module_permission_grants_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_permission_grants_seq")
    private Long id;

    @Column(name = "permission_id", nullable = false, length = 100)
    private String permissionId;
    @Column(name = "plugin_id", nullable = false, length = 32)
    private String pluginId;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role", length = 32)
    private PlatformRole role;
    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected ModulePermissionGrant() {
        // for JPA
    }

    ModulePermissionGrant(String permissionId, String pluginId, Long userId, PlatformRole role, String grantedBy,
                          Instant grantedAt) {
        if ((userId == null) == (role == null)) {
            throw new IllegalArgumentException("A grant goes to one person or to one role");
        }
        this.permissionId = permissionId;
        this.pluginId = pluginId;
        this.userId = userId;
        this.role = role;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() { return id; }
    public String getPermissionId() { return permissionId; }
    public String getPluginId() { return pluginId; }
    public Long getUserId() { return userId; }
    public PlatformRole getRole() { return role; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
}
