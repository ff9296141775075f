package eu.clus3.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One file of a module (V11), its content checked by {@link ModuleFileTypes} before it was stored; never changed. */
@Entity
@Table(name = "module_files")
public class ModuleFile {

    @Id
    @SequenceGenerator(name = "module_files_seq", sequenceName = "module_files_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_files_seq")
    private Long id;

    @Column(name = "plugin_id", nullable = false, length = 32)
    private String pluginId;
    @Column(name = "file_id", nullable = false, length = 40)
    private String fileId;
    @Column(name = "owner_key", nullable = false, length = 200)
    private String ownerKey;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Column(name = "declared_type", length = 100)
    private String declaredType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected ModuleFile() {
        // for JPA
    }

    ModuleFile(String pluginId, String fileId, String ownerKey, String fileName, String contentType, String declaredType,
               byte[] content, String sha256, Instant createdAt, String createdBy) {
        this.pluginId = pluginId;
        this.fileId = fileId;
        this.ownerKey = ownerKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.declaredType = declaredType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getPluginId() { return pluginId; }
    public String getFileId() { return fileId; }
    public String getOwnerKey() { return ownerKey; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public String getDeclaredType() { return declaredType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
