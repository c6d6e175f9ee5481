package org.geoparks.catalogue.provenance;

/** What importing one record did to the catalogue. */
public enum ImportOutcome {
    /** A new record. */
    INSERTED,
    /** The file changed and nobody had edited the record: it now matches the file. */
    UPDATED,
    /** The file says what was imported last time: nothing to do. */
    UNCHANGED,
    /** The file changed but somebody edited the record through the service: left as it is. */
    CONFLICT,
    /** As CONFLICT, but the import was told to overwrite this record, and did. */
    OVERWRITTEN
}
