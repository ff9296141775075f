package eu.clus3.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An installed module: its verified artifact, as uploaded, and whether it should run. */
@Entity
@Table(name = "module_artifacts")
public class ModuleArtifact {

    @Id
    @SequenceGenerator(name = "module_artifacts_seq", sequenceName = "module_artifacts_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_artifacts_seq")
    private Long id;

    @Column(name = "plugin_id", nullable = false, length = 32)
    private String pluginId;
    @Column(name = "plugin_version", nullable = false, length = 40)
    private String pluginVersion;
    @Column(nullable = false, length = 200)
    private String requires;
    /** In PF4J's notation: {@code a@>=1.0.0, b?@*}. */
    @Column(nullable = false, length = 1000)
    private String dependencies;
    @Column(name = "plugin_class", nullable = false, length = 300)
    private String pluginClass;
    @Column(nullable = false, length = 500)
    private String description;
    @Column(nullable = false, length = 200)
    private String provider;
    @Column(nullable = false, length = 100)
    private String license;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(nullable = false, length = 8)
    private String packaging;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private byte[] content;
    @Column(nullable = false)
    private boolean enabled;
    @Column(nullable = false)
    private boolean bundled;
    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;
    @Column(name = "installed_by", length = 100)
    private String installedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ModuleArtifact() {
        // for JPA
    }

    ModuleArtifact(VerifiedArtifact artifact, byte[] content, boolean bundled, String installedBy, Instant now) {
        this.pluginId = artifact.descriptor().id();
        this.enabled = true;
        this.bundled = bundled;
        this.installedAt = now;
        replace(artifact, content, installedBy, now);
    }

    /** An upgrade: the new artifact takes the place of the old one. */
    void replace(VerifiedArtifact artifact, byte[] newContent, String by, Instant now) {
        ModuleDescriptor d = artifact.descriptor();
        this.pluginVersion = d.version();
        this.requires = cut(d.requires(), 200);
        this.dependencies = cut(d.dependencies().stream()
                .map(dep -> dep.id() + (dep.optional() ? "?" : "") + "@" + dep.versions())
                .collect(java.util.stream.Collectors.joining(", ")), 1000);
        this.pluginClass = cut(d.pluginClass(), 300);
        this.description = cut(d.description(), 500);
        this.provider = cut(d.provider(), 200);
        this.license = cut(d.license(), 100);
        this.fileName = artifact.fileName();
        this.packaging = artifact.packaging().name();
        this.sha256 = artifact.sha256();
        this.sizeBytes = artifact.size();
        this.content = newContent;
        this.installedBy = by;
        this.updatedAt = now;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** What the module says about itself, as stored. */
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.of(pluginId, pluginVersion, requires, dependencies, pluginClass, description, provider,
                license);
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getPluginId() { return pluginId; }
    public String getPluginVersion() { return pluginVersion; }
    public String getFileName() { return fileName; }
    public ArtifactPackaging getPackaging() { return ArtifactPackaging.valueOf(packaging); }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public boolean isEnabled() { return enabled; }
    public boolean isBundled() { return bundled; }
    public Instant getInstalledAt() { return installedAt; }
    public String getInstalledBy() { return installedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
