package org.geoparks.catalogue.geojson;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An RFC 7946 FeatureCollection for small, fully materialised results. */
@JsonPropertyOrder({"type", "features"})
public record FeatureCollection(List<Feature> features) {

    public String getType() {
        return "FeatureCollection";
    }
}
