package org.geoparks.catalogue.ogc;

/** A request the map service cannot answer as asked (HTTP 400), with what to change. */
public class OgcRequestException extends RuntimeException {

    private final String parameter;

    public OgcRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
