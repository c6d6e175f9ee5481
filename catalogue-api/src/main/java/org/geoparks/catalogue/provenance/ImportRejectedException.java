package org.geoparks.catalogue.provenance;

/** A record the catalogue will not take, with a reason a data manager can act on. */
public class ImportRejectedException extends RuntimeException {

    private final String recordId;

    public ImportRejectedException(String recordId, String reason) {
        super(reason);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
