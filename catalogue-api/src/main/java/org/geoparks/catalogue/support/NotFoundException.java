package org.geoparks.catalogue.support;

/** A record that does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("There is no " + what + " with id '" + id + "'.");
    }
}
