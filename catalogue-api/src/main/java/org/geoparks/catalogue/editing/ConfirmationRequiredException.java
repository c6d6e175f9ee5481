package org.geoparks.catalogue.editing;

import java.util.Map;

/**
 * An edit that is allowed but unusual enough to be asked again with {@code "confirm": true}
 * (HTTP 409): a position moved further than a mistake usually goes.
 */
public class ConfirmationRequiredException extends RuntimeException {

    private final Map<String, Object> details;

    public ConfirmationRequiredException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
