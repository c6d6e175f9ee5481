package org.geoparks.catalogue.sign;

import java.util.List;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.provenance.Upsert;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the signage inventory and takes it from imports. */
@Service
public class SignService implements ImportableLayer<SignDraft> {

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

    @Override
    public LayerDeclaration<SignDraft> declaration() {
        return SignLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<SignDraft>> batch, ImportOptions options) {
        return importer.importBatch(Sign.class, batch, options, this::upsertOf);
    }

    private Upsert<Sign> upsertOf(SignDraft draft) {
        parks.requireExists("park", draft.parkId());
        if (draft.servesPlaceId() != null) {
            places.requireExists("serves_place", draft.servesPlaceId());
        }
        if (draft.servesHazardId() != null) {
            hazards.requireExists("serves_hazard", draft.servesHazardId());
        }
        return new Upsert<>(draft.id(), draft, () -> new Sign(draft.id()), sign -> sign.apply(draft));
    }
}
