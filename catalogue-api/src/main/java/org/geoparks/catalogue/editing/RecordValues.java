package org.geoparks.catalogue.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A record as its layer's declaration names its fields — the form an edit starts from and the
 * body of the edit API's GET — read from the layer's table by the columns the declaration gives.
 * Values are as JSON has them (texts per language as objects, dates and instants as ISO 8601),
 * which is what the declaration's reader takes back.
 */
@Component
public class RecordValues {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    /** A record's fields by name, and its exact geometry. */
    public record Values(Map<String, Object> fields, Geometry geometry) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RecordValues(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every declared field that is stored (what an edit may send back, and what the catalogue keeps). */
    public Optional<Values> of(LayerDeclaration<?> layer, String id) {
        String geometry = layer.geometry() == null ? "NULL" : "ST_AsBinary(t." + layer.geometry().exactColumn() + ")";
        List<Values> found = jdbc.query("SELECT to_jsonb(t)::text AS row, " + geometry + " AS g FROM " + layer.table() + " t WHERE t.id = ?",
                (rs, i) -> new Values(fields(layer, rs.getString("row")), geometry(rs.getBytes("g"))), id);
        return found.stream().findFirst();
    }

    /** Only the fields an edit may change (those files and forms give). */
    public static Map<String, Object> editable(LayerDeclaration<?> layer, Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field field : layer.importedFields()) {
            if (fields.containsKey(field.name())) {
                out.put(field.name(), fields.get(field.name()));
            }
        }
        return out;
    }

    private Map<String, Object> fields(LayerDeclaration<?> layer, String rowJson) {
        Map<String, Object> row;
        try {
            row = json.readValue(rowJson, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a row of " + layer.table(), e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field field : layer.fields()) {
            if (field.column() != null && row.containsKey(field.column())) {
                out.put(field.name(), withoutCrs(row.get(field.column())));
            }
        }
        return out;
    }

    /** PostGIS writes a geometry's CRS into its JSON; GeoJSON (RFC 7946) has none, and the readers refuse it. */
    @SuppressWarnings("unchecked")
    private static Object withoutCrs(Object value) {
        if (value instanceof Map<?, ?> map && map.containsKey("type") && map.containsKey("crs")) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.remove("crs");
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(withoutCrs(item)));
            return copy;
        }
        return value;
    }

    private static Geometry geometry(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry geometry = new WKBReader(Geometries.FACTORY).read(wkb);
            geometry.setSRID(Geometries.WGS84);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("the database gave a geometry that cannot be read", e);
        }
    }
}
