package org.geoparks.catalogue.park;

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

/** Reads parks and takes them from imports. */
@Service
public class ParkService implements ImportableLayer<ParkDraft> {

    private final ParkRepository parks;
    private final RecordImporter importer;

    ParkService(ParkRepository parks, RecordImporter importer) {
        this.parks = parks;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public List<Park> all() {
        return parks.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Park get(String id) {
        return parks.findById(id).orElseThrow(() -> new NotFoundException("park", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        // findById, not existsById: the park stays in the persistence context, so a bulk import
        // asks the database once per batch, not once per record
        return parks.findById(id).isPresent();
    }

    /** Refuses a record that names a park the catalogue does not have. */
    public void requireExists(String field, String parkId) {
        if (!exists(parkId)) {
            throw new InvalidRecordException(field, "there is no park '" + parkId + "'; import the parks first");
        }
    }

    @Override
    public LayerDeclaration<ParkDraft> declaration() {
        return ParkLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<ParkDraft>> batch, ImportOptions options) {
        return importer.importBatch(Park.class, batch, options, ParkService::upsertOf);
    }

    private static Upsert<Park> upsertOf(ParkDraft draft) {
        return new Upsert<>(draft.id(), draft, () -> new Park(draft.id()), park -> park.apply(draft));
    }
}
