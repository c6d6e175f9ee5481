package org.geoparks.catalogue.support;

/** A record that breaks a rule of the catalogue: names the field and says what is wrong. */
public class InvalidRecordException extends IllegalArgumentException {

    private final String field;

    public InvalidRecordException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
