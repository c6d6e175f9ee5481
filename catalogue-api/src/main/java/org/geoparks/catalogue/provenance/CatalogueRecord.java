package org.geoparks.catalogue.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.changelog.Recorded;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * What every catalogue record has: a stable text id, its sources, where it was imported from,
 * an optimistic-lock version and its timestamps.
 */
@MappedSuperclass
public abstract class CatalogueRecord implements Recorded {

    @Id
    private String id;

    @Embedded
    private ImportOrigin origin = ImportOrigin.none();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sources", nullable = false)
    private List<String> sources = new ArrayList<>();

    @Version
    private int version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Set while the importer writes, so that its own writes do not count as people's edits. */
    @Transient
    private boolean importing;

    protected CatalogueRecord() {
    }

    protected CatalogueRecord(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public ImportOrigin getOrigin() {
        return origin;
    }

    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public abstract String entityType();

    /** The park the record belongs to, for the change log and per-park rights; null if none. */
    @Override
    public abstract String parkId();

    @Override
    public abstract Object snapshot();

    void beginImport(ImportKey key, String digest) {
        this.importing = true;
        this.origin = new ImportOrigin(key, digest);
    }

    @PreUpdate
    void markEditedUnlessImporting() {
        if (!importing) {
            origin.markEdited();
        }
    }
}
