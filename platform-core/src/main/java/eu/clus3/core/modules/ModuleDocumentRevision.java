package eu.clus3.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of a module's document, kept after the document itself is gone. */
@Entity
@Table(name = "module_document_revisions")
public class ModuleDocumentRevision {

    @Id
    @SequenceGenerator(name = "module_document_revisions_seq", sequenceName = "module_document_revisions_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_document_revisions_seq")
    private Long id;

    @Column(name = "plugin_id", nullable = false, length = 32)
    private String pluginId;
    @Column(nullable = false, length = 64)
    private String collection;
    @Column(name = "doc_key", nullable = false, length = 200)
    private String key;
    @Column(name = "doc_version", nullable = false)
    private long docVersion;
    @Column(length = 1000000)
    private String json;
    @Column(nullable = false)
    private boolean deleted;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", length = 100)
    private String changedBy;

    protected ModuleDocumentRevision() {
        // for JPA
    }

    ModuleDocumentRevision(ModuleDocument doc, boolean deleted) {
        this.pluginId = doc.getPluginId();
        this.collection = doc.getCollection();
        this.key = doc.getKey();
        this.docVersion = doc.getVersion();
        this.json = deleted ? null : doc.getJson();
        this.deleted = deleted;
        this.changedAt = doc.getUpdatedAt();
        this.changedBy = doc.getUpdatedBy();
    }

    public long getDocVersion() { return docVersion; }
    public String getJson() { return json; }
    public boolean isDeleted() { return deleted; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
}
