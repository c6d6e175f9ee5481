package org.geoparks.importer.layer;

import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;

/**
 * What every record of one import shares: the dataset key that makes re-imports idempotent, the
 * park to assume when records do not name one, and how to treat people's edits.
 */
public record ImportContext(String source, String defaultPark, ImportOptions options) {

    public ImportKey keyOf(String externalId) {
        return new ImportKey(source, externalId);
    }
}
