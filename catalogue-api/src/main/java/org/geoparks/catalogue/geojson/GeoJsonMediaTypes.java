package org.geoparks.catalogue.geojson;

import org.springframework.http.MediaType;

/** Media types of the GeoJSON family. */
public final class GeoJsonMediaTypes {

    public static final String GEO_JSON_VALUE = "application/geo+json";
    public static final MediaType GEO_JSON = MediaType.parseMediaType(GEO_JSON_VALUE);

    private GeoJsonMediaTypes() {
    }
}
