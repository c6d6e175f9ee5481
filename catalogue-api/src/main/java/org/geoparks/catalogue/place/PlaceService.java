package org.geoparks.catalogue.place;

import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportOutcome;
import org.geoparks.catalogue.provenance.ImportRejectedException;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads places and takes them from imports. */
@Service
public class PlaceService {

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

    /** Reads ahead the places a batch of an import may update (see {@link RecordImporter#prefetch}). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void prefetchForImport(String source, java.util.Collection<String> ids, java.util.Collection<String> externalIds) {
        importer.prefetch(Place.class, ids, source, externalIds);
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

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importPlace(ImportKey key, PlaceDraft draft, ImportOptions options) {
        if (!parks.exists(draft.parkId())) {
            throw new InvalidRecordException("park", "there is no park '" + draft.parkId() + "'; import the parks first");
        }
        return importer.upsert(Place.class, key, draft.id(), draft, () -> new Place(draft.id()), place -> place.apply(draft), options);
    }
}
