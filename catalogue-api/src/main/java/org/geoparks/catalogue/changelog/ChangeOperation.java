package org.geoparks.catalogue.changelog;

/** What happened to a record. */
public enum ChangeOperation {
    CREATE, UPDATE, DELETE;

    String sqlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ChangeOperation fromSql(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
