package org.geoparks.importer.run;

/** A record the import did not take, and why. */
public record Rejection(String record, String field, String reason) {

    @Override
    public String toString() {
        return record + (field != null ? " [" + field + "]" : "") + ": " + reason;
    }
}
