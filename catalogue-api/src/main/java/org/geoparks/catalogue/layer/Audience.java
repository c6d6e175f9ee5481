package org.geoparks.catalogue.layer;

/** Who may read a field: everybody, or only the managers of the record's park (and admins). */
public enum Audience {
    PUBLIC, MANAGERS
}
