package org.geoparks.catalogue.editing;

/** An uploaded file the catalogue does not take: too large (413) or not of a type it accepts (415). */
public class UnacceptableUploadException extends RuntimeException {

    private final boolean tooLarge;

    private UnacceptableUploadException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public static UnacceptableUploadException tooLarge(String message) {
        return new UnacceptableUploadException(message, true);
    }

    public static UnacceptableUploadException unsupported(String message) {
        return new UnacceptableUploadException(message, false);
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
