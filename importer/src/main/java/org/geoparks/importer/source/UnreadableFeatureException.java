package org.geoparks.importer.source;

/** One feature of a file that cannot be read; the rest of the file may still be readable. */
public class UnreadableFeatureException extends RuntimeException {

    private final String feature;

    public UnreadableFeatureException(String feature, String reason) {
        super(reason);
        this.feature = feature;
    }

    public String feature() {
        return feature;
    }
}
