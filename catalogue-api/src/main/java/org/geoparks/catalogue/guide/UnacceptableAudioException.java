package org.geoparks.catalogue.guide;

/** An upload that is not audio the guide accepts, with what a manager can do about it. */
class UnacceptableAudioException extends RuntimeException {

    /** Why, which also decides the HTTP status. */
    enum Reason {
        /** Not Ogg Opus nor MP3 (415). */
        UNSUPPORTED_FORMAT,
        /** Claims to be a format but breaks it: cut short, corrupt (422). */
        MALFORMED,
        /** Too short or too long to be a narration (422). */
        DURATION,
        /** Larger than the catalogue accepts (413). */
        TOO_LARGE
    }

    private final Reason reason;

    UnacceptableAudioException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }

    static UnacceptableAudioException malformed(String format, String problem) {
        return new UnacceptableAudioException(Reason.MALFORMED, "The file starts like " + format + " but " + problem
                + ". Export it again from the recording software and upload the complete file.");
    }
}
