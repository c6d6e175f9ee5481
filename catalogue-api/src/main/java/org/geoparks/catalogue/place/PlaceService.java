package org.geoparks.catalogue.place;

import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.park.ParkService;
import java.util.List;
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

/** Reads places and takes them from imports. */
@Service
public class PlaceService implements ImportableLayer<PlaceDraft> {

    private final PlaceRepository places;
    private final ParkService parks;
    private final RecordImporter importer;
    private final ChangeRecorder recorder;

    PlaceService(PlaceRepository places, ParkService parks, RecordImporter importer, ChangeRecorder recorder) {
        this.places = places;
        this.parks = parks;
        this.importer = importer;
        this.recorder = recorder;
    }

    @Transactional(readOnly = true)
    public Place get(String id) {
        return places.findById(id).orElseThrow(() -> new NotFoundException("place", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return places.existsById(id);
    }

    /** Refuses a record that names a place the catalogue does not have. */
    public void requireExists(String field, String placeId) {
        if (!exists(placeId)) {
            throw new InvalidRecordException(field, "there is no place '" + placeId + "'; import the places first");
        }
    }

    /** Opens, cautions or closes a place, with the reason visitors will read. */
    @Transactional
    public Place changeStatus(String id, PlaceStatus status, LocalizedText reason, String actor) {
        Place place = get(id);
        Object before = place.snapshot();
        place.changeStatus(status, reason);
        place.toDraft(); // the draft's rules apply to edits too (a closed place needs a reason)
        places.flush();
        recorder.updated(actor, before, place);
        return place;
    }

    @Override
    public LayerDeclaration<PlaceDraft> declaration() {
        return PlaceLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<PlaceDraft>> batch, ImportOptions options) {
        return importer.importBatch(Place.class, batch, options, this::upsertOf);
    }

    private Upsert<Place> upsertOf(PlaceDraft draft) {
        parks.requireExists("park", draft.parkId());
        return new Upsert<>(draft.id(), draft, () -> new Place(draft.id()), place -> place.apply(draft));
    }
}
