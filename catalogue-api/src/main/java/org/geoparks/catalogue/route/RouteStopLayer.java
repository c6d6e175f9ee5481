package org.geoparks.catalogue.route;

import static org.geoparks.catalogue.layer.Texts.trilingual;

import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.JsonLdType;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.SearchRole;
import org.geoparks.catalogue.place.PlaceKind;

/**
 * The stops of every route, in order, at the position of their place, declared once. Derived:
 * stops are imported with their route, and their place gives their name and position.
 */
public final class RouteStopLayer {

    static final Field ROUTE = Field.stored("route", FieldType.REFERENCE, "route_id").filter();
    static final Field POSITION = Field.of("position", FieldType.INTEGER);
    static final Field PLACE = Field.stored("place", FieldType.REFERENCE, "place_id");
    static final Field PARK = Field.stored("park", FieldType.REFERENCE, "park_id").filter();
    static final Field KIND = Field.code("kind", PlaceKind.class).inTiles().jsonLd("touristType");
    static final Field NAME = Field.text("name").jsonLd("name").search(SearchRole.NAME);
    static final Field UPDATED = Field.updated();

    public static final LayerDeclaration<Void> DECLARATION = LayerDeclaration.<Void>builder("route-stops", "route_stop")
            .title(trilingual("Route stops", "Điểm dừng của tuyến", "线路站点"))
            .description(trilingual("The stops of every route, in order, at the position of their place.",
                    "Các điểm dừng của mỗi tuyến theo thứ tự, tại vị trí của điểm di sản.",
                    "每条线路按顺序排列的站点，位于其地点的位置。"))
            .table("route_stop")
            .readFrom("ogc_route_stop")
            .geometry(LayerGeometry.withPublicColumn("public_geom", "geom", Geometries.POINT_OR_AREA, true))
            .parkColumn("park_id")
            .dependsOn("route", "place")
            .jsonLd(JsonLdType.of("TouristAttraction").withExtras((node, p) -> node.put("isAccessibleForFree", true)))
            .fields(ROUTE, POSITION, PLACE, PARK, KIND, NAME, UPDATED)
            .build();

    private RouteStopLayer() {
    }
}
