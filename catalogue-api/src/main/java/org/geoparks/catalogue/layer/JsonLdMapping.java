package org.geoparks.catalogue.layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How one field of a feature appears in its schema.org description (JSON-LD): most fields are one
 * schema.org property; a few build a structure (a route's itinerary, a partner's offers).
 *
 * @param properties the schema.org properties the field may write
 * @param writer     writes them
 */
public record JsonLdMapping(List<String> properties, Writer writer) {

    public JsonLdMapping {
        properties = List.copyOf(properties);
    }

    /** Writes a field's value (as the map service wrote it in the feature's properties; never null) onto the feature's node. */
    @FunctionalInterface
    public interface Writer {
        void write(ObjectNode node, JsonNode value, JsonLdLinks links);
    }

    /** Where the linked records of a description live, so that it can point at them. */
    @FunctionalInterface
    public interface JsonLdLinks {
        /** The URL of a place's own description. */
        String place(String placeId);
    }

    /** The value as the schema.org property of that name: text as text, lists as arrays. */
    public static JsonLdMapping as(String property) {
        return new JsonLdMapping(List.of(property), (node, value, links) -> {
            if (value.isArray()) {
                ArrayNode array = node.putArray(property);
                value.forEach(v -> array.add(v.asText()));
            } else if (value.isNumber() || value.isBoolean()) {
                node.set(property, value);
            } else {
                node.put(property, value.asText());
            }
        });
    }

    /** A mapping of its own that writes (some of) these schema.org properties. */
    public static JsonLdMapping writing(List<String> properties, Writer writer) {
        return new JsonLdMapping(properties, writer);
    }

    public static JsonLdMapping writing(String property, Writer writer) {
        return new JsonLdMapping(List.of(property), writer);
    }

    public void write(ObjectNode node, JsonNode value, JsonLdLinks links) {
        writer.write(node, value, links);
    }
}
