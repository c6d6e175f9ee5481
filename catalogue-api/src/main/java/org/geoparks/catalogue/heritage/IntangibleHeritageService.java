package org.geoparks.catalogue.heritage;

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
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads intangible heritage and takes it from imports. */
@Service
public class IntangibleHeritageService implements ImportableLayer<IntangibleHeritageDraft> {

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

    @Override
    public LayerDeclaration<IntangibleHeritageDraft> declaration() {
        return HeritageLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<IntangibleHeritageDraft>> batch, ImportOptions options) {
        return importer.importBatch(IntangibleHeritage.class, batch, options, this::upsertOf);
    }

    private Upsert<IntangibleHeritage> upsertOf(IntangibleHeritageDraft draft) {
        draft.parks().forEach(park -> parks.requireExists("parks", park));
        draft.places().forEach(place -> places.requireExists("places", place));
        return new Upsert<>(draft.id(), draft, () -> new IntangibleHeritage(draft.id()), record -> record.apply(draft));
    }
}
