package org.geoparks.catalogue.place;

import java.net.URI;
import org.geoparks.catalogue.support.InvalidRecordException;

/** A photo, 360° panorama or 3D model of a place, with its licence. */
public record MediaLink(String type, String url, String licence, String caption) {

    public MediaLink {
        if (type == null || !type.matches("photo|360|3d|video")) {
            throw new InvalidRecordException("media.type", "'" + type + "' is not one of photo, 360, 3d, video");
        }
        try {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            throw new InvalidRecordException("media.url", "'" + url + "' is not an http(s) URL");
        }
    }
}
