package org.geoparks.catalogue.hazard;

import java.time.Instant;
import java.util.List;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportOutcome;
import org.geoparks.catalogue.provenance.ImportRejectedException;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads hazards and takes them from imports. */
@Service
public class HazardService {

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

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importHazard(ImportKey key, HazardDraft draft, ImportOptions options) {
        if (!parks.exists(draft.parkId())) {
            throw new InvalidRecordException("park", "there is no park '" + draft.parkId() + "'; import the parks first");
        }
        if (draft.placeId() != null && !places.exists(draft.placeId())) {
            throw new InvalidRecordException("place", "there is no place '" + draft.placeId() + "'; import the places first");
        }
        return importer.upsert(Hazard.class, key, draft.id(), draft, () -> new Hazard(draft.id()), hazard -> hazard.apply(draft), options);
    }
}
