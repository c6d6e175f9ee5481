package org.geoparks.catalogue.geojson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** An RFC 7946 Feature. The geometry is written lon/lat with the right-hand rule applied. */
@JsonPropertyOrder({"type", "id", "geometry", "properties"})
public record Feature(String id, Geometry geometry, Map<String, Object> properties) {

    public Feature {
        geometry = Geometries.rightHandRule(geometry);
    }

    public String getType() {
        return "Feature";
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public Geometry geometry() {
        return geometry;
    }
}
