package org.geoparks.catalogue.hazard;

import java.time.Instant;
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

/** Reads hazards and takes them from imports. */
@Service
public class HazardService implements ImportableLayer<HazardDraft> {

    private final HazardRepository hazards;
    private final ParkService parks;
    private final PlaceService places;
    private final RecordImporter importer;

    HazardService(HazardRepository hazards, ParkService parks, PlaceService places, RecordImporter importer) {
        this.hazards = hazards;
        this.parks = parks;
        this.places = places;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Hazard get(String id) {
        return hazards.findById(id).orElseThrow(() -> new NotFoundException("hazard", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return hazards.existsById(id);
    }

    /** The hazards in force at that instant (not resolved, and within their validity), by id. */
    @Transactional(readOnly = true)
    public List<Hazard> activeAt(Instant at) {
        return hazards.findInForceAt(at);
    }

    /** Refuses a record that names a hazard the catalogue does not have. */
    public void requireExists(String field, String hazardId) {
        if (!exists(hazardId)) {
            throw new InvalidRecordException(field, "there is no hazard '" + hazardId + "'; import the hazards first");
        }
    }

    @Override
    public LayerDeclaration<HazardDraft> declaration() {
        return HazardLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<HazardDraft>> batch, ImportOptions options) {
        return importer.importBatch(Hazard.class, batch, options, this::upsertOf);
    }

    private Upsert<Hazard> upsertOf(HazardDraft draft) {
        parks.requireExists("park", draft.parkId());
        if (draft.placeId() != null) {
            places.requireExists("place", draft.placeId());
        }
        return new Upsert<>(draft.id(), draft, () -> new Hazard(draft.id()), hazard -> hazard.apply(draft));
    }
}
