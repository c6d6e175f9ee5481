package org.geoparks.catalogue.layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one field of a feature appears in its schema.org description (JSON-LD): most fields are one
 * schema.org property; a few build a structure (a route's itinerary, a partner's offers).
 */
@FunctionalInterface
public interface JsonLdMapping {

    /**
     * Writes the field's value (as the map service wrote it in the feature's properties; never
     * null) onto the feature's schema.org node.
     */
    void write(ObjectNode node, JsonNode value, JsonLdLinks links);

    /** The value as the schema.org property of that name: text as text, lists as arrays. */
    static JsonLdMapping as(String property) {
        return (node, value, links) -> {
            if (value.isArray()) {
                ArrayNode array = node.putArray(property);
                value.forEach(v -> array.add(v.asText()));
            } else if (value.isNumber() || value.isBoolean()) {
                node.set(property, value);
            } else {
                node.put(property, value.asText());
            }
        };
    }

    /** Where the linked records of a description live, so that it can point at them. */
    interface JsonLdLinks {
        /** The URL of a place's own description. */
        String place(String placeId);
    }
}
