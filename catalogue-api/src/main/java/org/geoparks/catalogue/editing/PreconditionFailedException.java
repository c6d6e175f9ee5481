package org.geoparks.catalogue.editing;

/** An edit of a version that is no longer the record's (HTTP 412): somebody changed it since. */
public class PreconditionFailedException extends RuntimeException {

    private final String entityType;
    private final String id;
    private final int currentVersion;

    public PreconditionFailedException(String entityType, String id, int currentVersion) {
        super("The " + entityType + " '" + id + "' has changed since you read it; it is at version " + currentVersion
                + " now. Read it again, apply your change to what is there, and send its ETag (" + ExpectedVersion.etag(currentVersion)
                + ") as If-Match.");
        this.entityType = entityType;
        this.id = id;
        this.currentVersion = currentVersion;
    }

    public String entityType() {
        return entityType;
    }

    public String id() {
        return id;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
