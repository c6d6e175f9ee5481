package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.layer.Field;

/**
 * The queryables of a collection (OGC API – Features Part 3): a JSON Schema of the properties a
 * client may filter on, each usable as a query parameter of the same name, from the fields the
 * layer declares as filters.
 */
final class Queryables {

    static final String MEDIA_TYPE = "application/schema+json";
    static final String REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private Queryables() {
    }

    static ObjectNode of(Collection c, String url, String title, ObjectMapper json) {
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2019-09/schema");
        schema.put("$id", url);
        schema.put("type", "object");
        schema.put("title", title);
        ObjectNode properties = schema.putObject("properties");
        c.filters().forEach((parameter, field) -> properties.set(parameter, valueSchema(field, json)));
        schema.put("additionalProperties", false);
        return schema;
    }

    /** A list field is queried one value at a time ("features whose tags include this one"). */
    private static ObjectNode valueSchema(Field field, ObjectMapper json) {
        ObjectNode schema = FieldSchemas.of(field, json);
        if (field.type().isList()) {
            ObjectNode item = (ObjectNode) schema.get("items");
            if (schema.has("description")) {
                item.put("description", schema.get("description").asText());
            }
            return item.put("title", field.name());
        }
        return schema.put("title", field.name());
    }
}
