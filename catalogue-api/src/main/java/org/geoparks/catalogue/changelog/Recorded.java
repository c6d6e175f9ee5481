package org.geoparks.catalogue.changelog;

/** What the audit and change logs need to know of a changed record. */
public interface Recorded {

    /** The kind of record, e.g. {@code place}. */
    String entityType();

    String getId();

    /** The park the record belongs to; null if none or several. */
    String parkId();

    /** The record as the audit log keeps it (before and after a change). */
    Object snapshot();
}
