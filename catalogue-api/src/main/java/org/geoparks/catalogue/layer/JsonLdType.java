package org.geoparks.catalogue.layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What schema.org calls a layer's features, and what it says of each beyond their fields.
 *
 * @param type   the schema.org type of a feature, from its properties (a partner's type decides
 *               between LodgingBusiness, FoodEstablishment…)
 * @param extras statements about every feature of the layer, written after its fields (given the
 *               node and the feature's properties)
 */
public record JsonLdType(Function<JsonNode, String> type, BiConsumer<ObjectNode, JsonNode> extras) {

    public static JsonLdType of(String type) {
        return new JsonLdType(p -> type, (node, p) -> { });
    }

    public JsonLdType withExtras(BiConsumer<ObjectNode, JsonNode> more) {
        return new JsonLdType(type, more);
    }
}
