package org.geoparks.catalogue.ogc;

import java.util.List;
import java.util.Locale;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.springframework.http.MediaType;

/** The encodings of the map service, chosen by {@code f} or by the Accept header. */
public enum OutputFormat {
    JSON("json", "application/json"),
    GEOJSON("geojson", "application/geo+json"),
    HTML("html", "text/html"),
    JSONLD("jsonld", "application/ld+json");

    private final String parameter;
    private final String mediaType;

    OutputFormat(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format for a resource whose data form is {@code dataFormat} (GeoJSON for features, JSON
     * for metadata): {@code f} wins; else the first acceptable of data, HTML and JSON-LD in the
     * client's order; else the data form.
     */
    public static OutputFormat negotiate(String f, String accept, OutputFormat dataFormat) {
        if (f != null) {
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "json" -> dataFormat == GEOJSON ? GEOJSON : JSON;
                case "geojson", "application/geo+json" -> GEOJSON;
                case "html", "text/html" -> HTML;
                case "jsonld", "json-ld", "application/ld+json" -> JSONLD;
                default -> throw new InvalidParameterException("f", "'" + f + "' is not an encoding of this service: use json, geojson, html or jsonld");
            };
        }
        if (accept == null || accept.isBlank()) {
            return dataFormat;
        }
        try {
            return preferred(MediaType.parseMediaTypes(accept), dataFormat);
        } catch (RuntimeException e) {
            // Spring parses a quality written "Q=x" but fails reading it, and its sort can find
            // qualities that contradict each other: a header that cannot be ranked counts as absent
            return dataFormat;
        }
    }

    private static OutputFormat preferred(List<MediaType> types, OutputFormat dataFormat) {
        MediaType.sortBySpecificityAndQuality(types);
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(MediaType.parseMediaType("application/geo+json"))) {
                if (!type.isWildcardType()) {
                    return dataFormat;
                }
            }
            if (type.getType().equals("text") && type.getSubtype().equals("html")) {
                return HTML;
            }
            if (type.getSubtype().equals("ld+json")) {
                return JSONLD;
            }
            if (type.isWildcardType() || type.getSubtype().equals("*")) {
                return dataFormat;
            }
        }
        return dataFormat;
    }
}
