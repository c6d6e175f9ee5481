package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A web link (RFC 8288) as OGC API documents carry them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String href, String rel, String type, String title, String hreflang) {

    public static Link of(String href, String rel, String type, String title) {
        return new Link(href, rel, type, title, null);
    }
}
