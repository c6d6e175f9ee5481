package org.geoparks.catalogue.route;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.DraftReader;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.JsonLdMapping;
import org.geoparks.catalogue.layer.JsonLdType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;

/** The routes layer — tour routes and geotrails with their ordered stops — declared once. */
public final class RouteLayer {

    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").filter().search(SearchRole.FACET);
    static final Field NAME = Field.text("name").jsonLd("name").search(SearchRole.NAME);
    static final Field DESCRIPTION = Field.text("description").jsonLd("description").search(SearchRole.TEXT);
    static final Field TRANSLITERATED = Field.of("transliterated", FieldType.LANGUAGES);
    static final Field MODE = Field.code("mode", RouteMode.class).inTiles().filter().search(SearchRole.LABEL);
    static final Field DIFFICULTY = Field.code("difficulty", Difficulty.class).inTiles().filter().search(SearchRole.FACET);
    static final Field DURATION = Field.of("duration_hours", FieldType.NUMBER)
            .jsonLd(JsonLdMapping.writing("timeRequired", (node, hours, links) ->
                    node.put("timeRequired", "PT" + Math.round(hours.asDouble() * 60) + "M")));
    static final Field LENGTH = Field.computed("length_m", FieldType.NUMBER, language -> "round(t.length_m)")
            .describedAs("The length of the line on the WGS 84 ellipsoid, in metres, measured by the catalogue.");
    static final Field THEMES = Field.of("themes", FieldType.STRINGS).filter("theme").search(SearchRole.KEYWORD);
    static final Field SEASONS = Field.of("seasons", FieldType.INTEGERS).describedAs("The best months, 1 (January) to 12.");
    static final Field STOPS = Field.computed("stops", FieldType.REFERENCES,
                    language -> "ARRAY(SELECT rs.place_id FROM route_stop rs WHERE rs.route_id = t.id ORDER BY rs.position)")
            .importedAs("stops")
            .referencing("place").search(SearchRole.TEXT)
            .jsonLd(JsonLdMapping.writing("itinerary", RouteLayer::itinerary))
            .describedAs("The ids of the places visited, in order.");
    static final Field GEOMETRY_QUALITY = Field.code("geometry_quality", GeometryQuality.class);
    static final Field SOURCES = Field.sources();
    static final Field UPDATED = Field.updated();

    public static final LayerDeclaration<RouteDraft> DECLARATION = LayerDeclaration.<RouteDraft>builder("routes", "route")
            .title(trilingual("Routes", "Tuyến tham quan", "游览线路"))
            .description(trilingual(
                    "Tour routes and geotrails with their ordered stops; lengths are measured on the ellipsoid, in metres.",
                    "Các tuyến tham quan và tuyến địa chất với các điểm dừng theo thứ tự; chiều dài đo trên ellipsoid, tính bằng mét.",
                    "游览线路与地质步道及其有序站点；长度按椭球面计算，单位为米。"))
            .table("route")
            .geometry(LayerGeometry.aroundProtectedSites("geom", "NULL::text[]", Geometries.LINE, true))
            .dependsOn("place")
            .parkColumn("park_id")
            .searched(0.85f)
            .jsonLd(JsonLdType.of("TouristTrip"))
            .fields(PARK, NAME, DESCRIPTION, TRANSLITERATED, MODE, DIFFICULTY, DURATION, LENGTH, THEMES, SEASONS, STOPS,
                    GEOMETRY_QUALITY, SOURCES, UPDATED)
            .reader(DraftReader.single(RouteLayer::draft))
            .build();

    private RouteLayer() {
    }

    static RouteDraft draft(FieldValues v) {
        return new RouteDraft(v.id(), v.park(PARK), v.text(NAME), v.text(DESCRIPTION), v.strings(TRANSLITERATED),
                v.code(MODE, RouteMode.class), v.code(DIFFICULTY, Difficulty.class), v.number(DURATION), v.strings(THEMES),
                v.integers(SEASONS), v.code(GEOMETRY_QUALITY, GeometryQuality.class), v.geometry(), v.strings(STOPS), v.strings(SOURCES));
    }

    /** schema.org's itinerary: the stops in order, each pointing at its place's own description. */
    private static void itinerary(ObjectNode node, JsonNode stops, JsonLdMapping.JsonLdLinks links) {
        ArrayNode itinerary = node.putObject("itinerary").put("@type", "ItemList").putArray("itemListElement");
        int position = 1;
        for (JsonNode stop : stops) {
            ObjectNode element = itinerary.addObject();
            element.put("@type", "ListItem");
            element.put("position", position++);
            element.putObject("item").put("@type", "TouristAttraction").put("@id", links.place(stop.asText()));
        }
    }
}
