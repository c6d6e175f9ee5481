package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * schema.org descriptions of features, as search engines and travel sites read them:
 * TouristAttraction for places, TouristTrip with its itinerary for routes, LodgingBusiness,
 * FoodEstablishment or LocalBusiness for partners, Park for parks.
 */
final class JsonLd {

    private final ObjectMapper json;

    JsonLd(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode graph(String language, Iterable<ObjectNode> items) {
        ObjectNode doc = json.createObjectNode();
        doc.put("@context", "https://schema.org");
        ArrayNode graph = doc.putArray("@graph");
        items.forEach(graph::add);
        return doc;
    }

    ObjectNode item(OgcCollection c, JsonNode feature, String url, String language, Function<String, String> placeUrl) {
        JsonNode p = feature.path("properties");
        ObjectNode node = json.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@id", url);
        node.put("url", url);
        node.put("@type", type(c, p));
        putText(node, "name", p.path("name"));
        putText(node, "description", p.path("description"));
        node.put("inLanguage", language);
        JsonNode geometry = feature.path("geometry");
        if (geometry.path("type").asText().equals("Point")) {
            ObjectNode geo = node.putObject("geo");
            geo.put("@type", "GeoCoordinates");
            geo.put("longitude", geometry.path("coordinates").get(0).asDouble());
            geo.put("latitude", geometry.path("coordinates").get(1).asDouble());
        }
        switch (c.jsonLd()) {
            case ATTRACTION -> {
                if (p.hasNonNull("kind")) {
                    node.put("touristType", p.path("kind").asText());
                }
                if (p.hasNonNull("accessibility")) {
                    node.put("accessibilitySummary", p.path("accessibility").asText());
                }
                node.put("isAccessibleForFree", true);
            }
            case TRIP -> {
                ArrayNode itinerary = node.putObject("itinerary").put("@type", "ItemList").putArray("itemListElement");
                int position = 1;
                for (JsonNode stop : p.path("stops")) {
                    ObjectNode element = itinerary.addObject();
                    element.put("@type", "ListItem");
                    element.put("position", position++);
                    ObjectNode item = element.putObject("item");
                    item.put("@type", "TouristAttraction");
                    item.put("@id", placeUrl.apply(stop.asText()));
                }
                if (p.hasNonNull("duration_hours")) {
                    node.put("timeRequired", "PT" + Math.round(p.path("duration_hours").asDouble() * 60) + "M");
                }
            }
            case BUSINESS -> {
                JsonNode contact = p.path("contact");
                if (contact.hasNonNull("phone")) {
                    node.put("telephone", contact.path("phone").asText());
                }
                if (contact.hasNonNull("email")) {
                    node.put("email", contact.path("email").asText());
                }
                ArrayNode languages = node.putArray("knowsLanguage");
                p.path("languages_spoken").forEach(l -> languages.add(l.asText()));
                if (p.path("sample").asBoolean(false)) {
                    node.put("disambiguatingDescription", "Sample record: not a real business.");
                }
                ArrayNode offers = node.putArray("makesOffer");
                for (JsonNode product : p.path("products")) {
                    ObjectNode offer = offers.addObject().put("@type", "Offer");
                    ObjectNode item = offer.putObject("itemOffered").put("@type", "Product");
                    putText(item, "name", product.path("name"));
                    putText(item, "description", product.path("cultural_meaning"));
                }
            }
            case ANNOUNCEMENT -> {
                putText(node, "name", p.path("title"));
                putText(node, "text", p.path("advice"));
                if (p.hasNonNull("valid_from")) {
                    node.put("datePosted", p.path("valid_from").asText());
                }
                if (p.hasNonNull("valid_until")) {
                    node.put("expires", p.path("valid_until").asText());
                }
                node.putObject("spatialCoverage").put("@type", "Place").set("geo", node.path("geo").deepCopy());
            }
            case PARK -> {
                if (p.hasNonNull("website")) {
                    node.put("sameAs", p.path("website").asText());
                }
            }
            default -> {
            }
        }
        return node;
    }

    private static String type(OgcCollection c, JsonNode p) {
        return switch (c.jsonLd()) {
            case PARK -> "Park";
            case ATTRACTION -> "TouristAttraction";
            case TRIP -> "TouristTrip";
            case BUSINESS -> switch (p.path("type").asText()) {
                case "homestay", "hotel" -> "LodgingBusiness";
                case "restaurant" -> "FoodEstablishment";
                case "product_shop", "ocop_producer" -> "Store";
                case "guide" -> "TravelAgency";
                default -> "LocalBusiness";
            };
            case ANNOUNCEMENT -> "SpecialAnnouncement";
            case PLACE -> "Place";
            case CREATIVE_WORK -> "CreativeWork";
        };
    }

    private static void putText(ObjectNode node, String field, JsonNode value) {
        if (value != null && !value.isNull() && !value.isMissingNode()) {
            node.put(field, value.asText());
        }
    }
}
