package org.geoparks.catalogue.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A record given as a map of field names to values (a JSON document read into maps and lists):
 * how forms and API requests become drafts through a layer's declaration, as files do.
 */
public final class MapFieldValues extends RawFieldValues {

    private final String id;
    private final Geometry geometry;
    private final Map<String, ?> values;
    private final String defaultPark;

    public MapFieldValues(String id, Geometry geometry, Map<String, ?> values, String defaultPark, ObjectMapper json) {
        super(json);
        this.id = id;
        this.geometry = geometry;
        this.values = values;
        this.defaultPark = defaultPark;
    }

    @Override
    protected Object value(Field field) {
        return values.get(field.name());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String externalId() {
        return id;
    }

    @Override
    public Geometry geometry() {
        return geometry;
    }

    @Override
    public String defaultPark() {
        return defaultPark;
    }
}
