package org.geoparks.catalogue.provenance;

import java.util.Objects;

/** What makes a re-import idempotent: the dataset a file belongs to and the record's id in it. */
public record ImportKey(String source, String externalId) {

    public ImportKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        if (source.isBlank() || externalId.isBlank()) {
            throw new IllegalArgumentException("an import key needs a source and an external id");
        }
    }

    @Override
    public String toString() {
        return source + "#" + externalId;
    }
}
