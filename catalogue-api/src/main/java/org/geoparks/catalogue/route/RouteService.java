package org.geoparks.catalogue.route;

import java.util.List;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.provenance.Upsert;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads routes and takes them from imports. That every stop lies within 300 m of the line is a
 * rule of the bundled dataset, checked by its tests: a park's own route may be schematic.
 */
@Service
public class RouteService implements ImportableLayer<RouteDraft> {

    private final RouteRepository routes;
    private final ParkService parks;
    private final PlaceService places;
    private final RecordImporter importer;

    RouteService(RouteRepository routes, ParkService parks, PlaceService places, RecordImporter importer) {
        this.routes = routes;
        this.parks = parks;
        this.places = places;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Route get(String id) {
        return routes.findById(id).orElseThrow(() -> new NotFoundException("route", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return routes.existsById(id);
    }

    @Transactional(readOnly = true)
    public List<Route> ofPark(String parkId) {
        return routes.findByParkIdOrderByIdAsc(parkId);
    }

    @Override
    public LayerDeclaration<RouteDraft> declaration() {
        return RouteLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<RouteDraft>> batch, ImportOptions options) {
        return importer.importBatch(Route.class, batch, options, this::upsertOf);
    }

    private Upsert<Route> upsertOf(RouteDraft draft) {
        parks.requireExists("park", draft.parkId());
        List<String> stops = draft.stops();
        for (int i = 0; i < stops.size(); i++) {
            if (!places.exists(stops.get(i))) {
                throw new InvalidRecordException("stops", "stop " + (i + 1) + " is '" + stops.get(i)
                        + "', which is not a place of the catalogue; import the places first or correct the id");
            }
        }
        return new Upsert<>(draft.id(), draft, () -> new Route(draft.id()), route -> route.apply(draft));
    }
}
