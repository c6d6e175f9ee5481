package org.geoparks.catalogue.editing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * The edit API's request bodies: a JSON object of the layer's fields by name, with the record's
 * {@code geometry} as GeoJSON (WGS 84, longitude first) and {@code cross_border} when it crosses
 * its park's border on purpose. Anything else in the body is a field of the layer.
 */
@Component
public class EditBodies {

    /** JSON Merge Patch (RFC 7396): what a PATCH of a record sends. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** An edit body, taken apart. */
    public record Body(Map<String, Object> values, Geometry geometry, boolean crossBorder) {

        public FieldEdit merge() {
            return FieldEdit.merge(values, geometry);
        }

        public FieldEdit replace() {
            return FieldEdit.replace(values, geometry);
        }
    }

    private final ObjectMapper json;

    EditBodies(ObjectMapper json) {
        this.json = json;
    }

    public Body read(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidRecordException("body", "send a JSON object of the record's fields");
        }
        Map<String, Object> values = new LinkedHashMap<>(body);
        values.keySet().removeAll(Representation.COMPUTED);
        Object geometry = values.remove("geometry");
        boolean crossBorder = RawValues.bool("cross_border", values.remove("cross_border"), false);
        return new Body(values, geometry(geometry), crossBorder);
    }

    /** A GeoJSON geometry given as a JSON value, or null. */
    public Geometry geometry(Object value) {
        if (value == null) {
            return null;
        }
        try {
            Geometry geometry = json.convertValue(value, Geometry.class);
            if (geometry != null) {
                geometry.setSRID(Geometries.WGS84);
            }
            return geometry;
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("geometry", "is not a GeoJSON geometry: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
