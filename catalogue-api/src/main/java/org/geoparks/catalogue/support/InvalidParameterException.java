package org.geoparks.catalogue.support;

/** A request parameter the catalogue cannot answer as given (HTTP 400), with what to send instead. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
