package org.geoparks.catalogue.guide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.Place;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.provenance.Upsert;
import org.geoparks.catalogue.route.Route;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audio-guide narrations, takes them from imports and from managers' edits. */
@Service
public class NarrationService implements ImportableLayer<NarrationDraft> {

    private final NarrationRepository narrations;
    private final PlaceService places;
    private final ParkService parks;
    private final RouteService routes;
    private final RecordImporter importer;
    private final ChangeRecorder recorder;

    NarrationService(NarrationRepository narrations, PlaceService places, ParkService parks, RouteService routes,
                     RecordImporter importer, ChangeRecorder recorder) {
        this.narrations = narrations;
        this.places = places;
        this.parks = parks;
        this.routes = routes;
        this.importer = importer;
        this.recorder = recorder;
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

    /**
     * A manager writes a narration's title, script, transcript text or trigger radius: created if
     * the place (or stop) has none in that language, else updated. The edit marks the record as
     * edited, so that a later import of the scripts files keeps it (a conflict) unless told to
     * overwrite. A changed script gets a new draft voice through the change log.
     *
     * @return whether the narration was created
     */
    @Transactional
    public boolean edit(NarrationDraft draft) {
        String park;
        if (draft.placeId() != null) {
            park = places.get(draft.placeId()).getParkId();
        } else {
            Route route = routes.get(draft.routeId());
            if (draft.stopPosition() > route.stopIds().size()) {
                throw new NotFoundException("stop", draft.routeId() + "/" + draft.stopPosition());
            }
            park = route.getParkId();
        }
        String actor = GuideRights.requireMayEditNarrationsOf(park);
        Narration existing = narrations.findById(draft.id()).orElse(null);
        if (existing == null) {
            Narration created = new Narration(draft.id());
            created.apply(draft, park);
            narrations.saveAndFlush(created);
            recorder.created(actor, created);
            return true;
        }
        Object before = existing.snapshot();
        existing.apply(draft, park);
        narrations.flush();
        recorder.updated(actor, before, existing);
        return false;
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
        if (draft.placeId() == null) {
            throw new InvalidRecordException("place", "scripts files narrate places; a stop's own narration is written through the API");
        }
        places.requireExists("place", draft.placeId());
        String parkOfPlace = places.get(draft.placeId()).getParkId();
        return new Upsert<>(draft.id(), draft, () -> new Narration(draft.id()), narration -> narration.apply(draft, parkOfPlace));
    }
}
