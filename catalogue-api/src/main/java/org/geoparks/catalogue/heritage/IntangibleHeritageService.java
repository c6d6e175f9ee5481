package org.geoparks.catalogue.heritage;

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

/** Reads intangible heritage and takes it from imports. */
@Service
public class IntangibleHeritageService {

    private final IntangibleHeritageRepository heritage;
    private final ParkService parks;
    private final PlaceService places;
    private final RecordImporter importer;

    IntangibleHeritageService(IntangibleHeritageRepository heritage, ParkService parks, PlaceService places,
                              RecordImporter importer) {
        this.heritage = heritage;
        this.parks = parks;
        this.places = places;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public List<IntangibleHeritage> all() {
        return heritage.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public IntangibleHeritage get(String id) {
        return heritage.findById(id).orElseThrow(() -> new NotFoundException("intangible heritage", id));
    }

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importHeritage(ImportKey key, IntangibleHeritageDraft draft, ImportOptions options) {
        for (String park : draft.parks()) {
            if (!parks.exists(park)) {
                throw new InvalidRecordException("parks", "there is no park '" + park + "'; import the parks first");
            }
        }
        for (String place : draft.places()) {
            if (!places.exists(place)) {
                throw new InvalidRecordException("places", "there is no place '" + place + "'; import the places first");
            }
        }
        return importer.upsert(IntangibleHeritage.class, key, draft.id(), draft,
                () -> new IntangibleHeritage(draft.id()), record -> record.apply(draft), options);
    }
}
