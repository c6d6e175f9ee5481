package org.geoparks.importer.layer;

import java.util.List;
import org.geoparks.catalogue.route.Difficulty;
import org.geoparks.catalogue.route.GeometryQuality;
import org.geoparks.catalogue.route.RouteDraft;
import org.geoparks.catalogue.route.RouteMode;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.importer.mapping.MappedRecord;
import org.springframework.stereotype.Component;

/** Routes with their ordered stops (place ids). */
@Component
class RouteTarget implements LayerTarget {

    private final RouteService routes;

    RouteTarget(RouteService routes) {
        this.routes = routes;
    }

    @Override
    public String layer() {
        return "routes";
    }

    @Override
    public List<WrittenRecord> write(MappedRecord r, ImportContext context) {
        String id = CatalogueIds.from(r.id());
        RouteDraft draft = new RouteDraft(id, Fields.park(r, context), r.text("name"), r.text("description"), r.list("transliterated"),
                Fields.coded(r, "mode", RouteMode.class), Fields.coded(r, "difficulty", Difficulty.class), r.number("duration_hours"),
                r.list("themes"), r.integers("seasons"), Fields.coded(r, "geometry_quality", GeometryQuality.class),
                r.geometry(), r.list("stops"), r.list("source"));
        return List.of(new WrittenRecord(id, routes.importRoute(context.keyOf(r.id()), draft, context.options())));
    }
}
