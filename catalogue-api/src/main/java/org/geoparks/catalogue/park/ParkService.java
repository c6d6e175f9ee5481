package org.geoparks.catalogue.park;

import java.util.List;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportOutcome;
import org.geoparks.catalogue.provenance.ImportRejectedException;
import org.geoparks.catalogue.provenance.RecordImporter;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads parks and takes them from imports. */
@Service
public class ParkService {

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

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importPark(ImportKey key, ParkDraft draft, ImportOptions options) {
        return importer.upsert(Park.class, key, draft.id(), draft, () -> new Park(draft.id()), park -> park.apply(draft), options);
    }
}
