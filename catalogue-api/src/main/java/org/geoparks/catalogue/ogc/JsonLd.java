package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.JsonLdMapping;
import org.geoparks.catalogue.layer.JsonLdType;

/**
 * schema.org descriptions of features, as search engines and travel sites read them. What each
 * field says in schema.org terms is declared with the field; this writes the declarations out.
 */
final class JsonLd {

    private final ObjectMapper json;

    JsonLd(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode graph(Iterable<ObjectNode> items) {
        ObjectNode doc = json.createObjectNode();
        doc.put("@context", "https://schema.org");
        ArrayNode graph = doc.putArray("@graph");
        items.forEach(graph::add);
        return doc;
    }

    ObjectNode item(Collection c, JsonNode feature, String url, String language, JsonLdMapping.JsonLdLinks links) {
        JsonNode p = feature.path("properties");
        JsonLdType type = c.layer().jsonLd();
        ObjectNode node = json.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@id", url);
        node.put("url", url);
        node.put("@type", type == null ? "Thing" : type.type().apply(p));
        node.put("inLanguage", language);
        JsonNode geometry = feature.path("geometry");
        if (geometry.path("type").asText().equals("Point")) {
            ObjectNode geo = node.putObject("geo");
            geo.put("@type", "GeoCoordinates");
            geo.put("longitude", geometry.path("coordinates").get(0).asDouble());
            geo.put("latitude", geometry.path("coordinates").get(1).asDouble());
        }
        for (Field field : c.fields()) {
            JsonNode value = p.get(field.name());
            if (field.jsonLd() != null && value != null && !value.isNull()) {
                field.jsonLd().write(node, value, links);
            }
        }
        if (type != null) {
            type.extras().accept(node, p);
        }
        return node;
    }
}
