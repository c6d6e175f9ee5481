package org.geoparks.importer.source;

/** A file that cannot be read at all (malformed, wrong format, missing part), with the reason. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
