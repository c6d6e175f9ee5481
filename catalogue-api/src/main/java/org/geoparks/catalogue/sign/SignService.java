package org.geoparks.catalogue.sign;

import java.util.List;
import org.geoparks.catalogue.hazard.HazardService;
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

/** Reads the signage inventory and takes it from imports. */
@Service
public class SignService {

    private final SignRepository signs;
    private final ParkService parks;
    private final PlaceService places;
    private final HazardService hazards;
    private final RecordImporter importer;

    SignService(SignRepository signs, ParkService parks, PlaceService places, HazardService hazards, RecordImporter importer) {
        this.signs = signs;
        this.parks = parks;
        this.places = places;
        this.hazards = hazards;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Sign get(String id) {
        return signs.findById(id).orElseThrow(() -> new NotFoundException("sign", id));
    }

    @Transactional(readOnly = true)
    public List<Sign> ofPark(String parkId) {
        return signs.findByParkIdOrderByIdAsc(parkId);
    }

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importSign(ImportKey key, SignDraft draft, ImportOptions options) {
        if (!parks.exists(draft.parkId())) {
            throw new InvalidRecordException("park", "there is no park '" + draft.parkId() + "'; import the parks first");
        }
        if (draft.servesPlaceId() != null && !places.exists(draft.servesPlaceId())) {
            throw new InvalidRecordException("serves_place", "there is no place '" + draft.servesPlaceId() + "'; import the places first");
        }
        if (draft.servesHazardId() != null && !hazards.exists(draft.servesHazardId())) {
            throw new InvalidRecordException("serves_hazard", "there is no hazard '" + draft.servesHazardId() + "'; import the hazards first");
        }
        return importer.upsert(Sign.class, key, draft.id(), draft, () -> new Sign(draft.id()), sign -> sign.apply(draft), options);
    }
}
