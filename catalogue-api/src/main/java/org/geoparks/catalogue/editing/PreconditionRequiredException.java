package org.geoparks.catalogue.editing;

/** An edit that does not say which version of the record it changes (HTTP 428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Send the ETag of the record as you read it (GET gives it) in If-Match, so that your change cannot "
                + "overwrite a colleague's newer one; '*' is not accepted.");
    }
}
