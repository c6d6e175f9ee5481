package org.geoparks.catalogue.support;

/** A record that breaks a rule of the catalogue: names the field and says what is wrong. */
public class InvalidRecordException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidRecordException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong, without the field's name. */
    public String problem() {
        return problem;
    }

    public String field() {
        return field;
    }
}
