package org.geoparks.catalogue.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a record came from: the file's dataset key and the record's id in it, the digest of what
 * was last imported, and whether somebody changed the record through the service since.
 */
@Embeddable
public class ImportOrigin {

    @Column(name = "import_source")
    private String source;

    @Column(name = "import_external_id")
    private String externalId;

    @Column(name = "import_digest")
    private String digest;

    @Column(name = "edited_since_import", nullable = false)
    private boolean editedSinceImport;

    protected ImportOrigin() {
    }

    ImportOrigin(ImportKey key, String digest) {
        this.source = key.source();
        this.externalId = key.externalId();
        this.digest = digest;
        this.editedSinceImport = false;
    }

    public static ImportOrigin none() {
        return new ImportOrigin();
    }

    public boolean isImported() {
        return source != null;
    }

    public boolean matches(ImportKey key) {
        return key.source().equals(source) && key.externalId().equals(externalId);
    }

    public String source() {
        return source;
    }

    public String externalId() {
        return externalId;
    }

    public String digest() {
        return digest;
    }

    public boolean editedSinceImport() {
        return editedSinceImport;
    }

    void markEdited() {
        if (source != null) {
            editedSinceImport = true;
        }
    }
}
