package eu.clus3.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One JSON document of a module's collection. */
@Entity
@Table(name = "module_documents")
public class ModuleDocument {

    @Id
    @SequenceGenerator(name = "module_documents_seq", sequenceName = "module_documents_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_documents_seq")
    private Long id;

    @Column(name = "plugin_id", nullable = false, length = 32)
    private String pluginId;
    @Column(nullable = false, length = 64)
    private String collection;
    @Column(name = "doc_key", nullable = false, length = 200)
    private String key;
    @Column(name = "cluster_id")
    private Long clusterId;
    @Column(nullable = false, length = 1000000)
    private String json;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", length = 100)
    private String updatedBy;
    /** Checked by the store against the caller's version; counted by hand so the history can quote it. */
    @Column(nullable = false)
    private long version;

    protected ModuleDocument() {
        // for JPA
    }

    ModuleDocument(String pluginId, String collection, String key, Long clusterId, String json, String by, Instant now) {
        this.pluginId = pluginId;
        this.collection = collection;
        this.key = key;
        this.clusterId = clusterId;
        this.json = json;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
        this.version = 1;
    }

    void replace(String newJson, String by, Instant now) {
        this.json = newJson;
        this.updatedBy = by;
        this.updatedAt = now;
        this.version++;
    }

    public String getPluginId() { return pluginId; }
    public Long getId() { return id; }
    public String getCollection() { return collection; }
    public String getKey() { return key; }
    public Long getClusterId() { return clusterId; }
    public String getJson() { return json; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
