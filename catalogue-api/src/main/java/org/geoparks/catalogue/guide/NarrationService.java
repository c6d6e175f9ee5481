package org.geoparks.catalogue.guide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.Place;
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

/** Reads the audio-guide narrations and takes them from imports. */
@Service
public class NarrationService implements ImportableLayer<NarrationDraft> {

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

    @Override
    public LayerDeclaration<NarrationDraft> declaration() {
        return NarrationLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<NarrationDraft>> batch, ImportOptions options) {
        return importer.importBatch(Narration.class, batch, options, this::upsertOf);
    }

    private Upsert<Narration> upsertOf(NarrationDraft draft) {
        places.requireExists("place", draft.placeId());
        String parkOfPlace = places.get(draft.placeId()).getParkId();
        return new Upsert<>(draft.id(), draft, () -> new Narration(draft.id()), narration -> narration.apply(draft, parkOfPlace));
    }
}
