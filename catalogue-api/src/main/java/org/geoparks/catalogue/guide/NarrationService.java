package org.geoparks.catalogue.guide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.Place;
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

/** Reads the audio-guide narrations and takes them from imports. */
@Service
public class NarrationService {

    private final NarrationRepository narrations;
    private final PlaceService places;
    private final ParkService parks;
    private final RecordImporter importer;

    NarrationService(NarrationRepository narrations, PlaceService places, ParkService parks, RecordImporter importer) {
        this.narrations = narrations;
        this.places = places;
        this.parks = parks;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Narration get(String id) {
        return narrations.findById(id).orElseThrow(() -> new NotFoundException("narration", id));
    }

    /** The narrations of a place, by language. */
    @Transactional(readOnly = true)
    public List<Narration> ofPlace(String placeId) {
        return narrations.findByPlaceIdOrderByLanguageAsc(placeId);
    }

    /** The languages the place's park serves visitors in and that the place has no narration in yet. */
    @Transactional(readOnly = true)
    public List<String> missingLanguages(String placeId) {
        Place place = places.get(placeId);
        Set<String> narrated = new HashSet<>(narrations.findLanguagesByPlaceId(placeId));
        return parks.get(place.getParkId()).getLanguages().stream().filter(language -> !narrated.contains(language)).toList();
    }

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importNarration(ImportKey key, NarrationDraft draft, ImportOptions options) {
        if (!places.exists(draft.placeId())) {
            throw new InvalidRecordException("place", "there is no place '" + draft.placeId() + "'; import the places first");
        }
        String parkOfPlace = places.get(draft.placeId()).getParkId();
        return importer.upsert(Narration.class, key, draft.id(), draft, () -> new Narration(draft.id()),
                narration -> narration.apply(draft, parkOfPlace), options);
    }
}
