package org.geoparks.catalogue.partner;

import java.util.List;
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

/** Reads the partners of the geopark network and takes them from imports. */
@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final ParkService parks;
    private final RecordImporter importer;

    PartnerService(PartnerRepository partners, ParkService parks, RecordImporter importer) {
        this.partners = partners;
        this.parks = parks;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Partner get(String id) {
        return partners.findById(id).orElseThrow(() -> new NotFoundException("partner", id));
    }

    @Transactional(readOnly = true)
    public List<Partner> ofPark(String parkId) {
        return partners.findByParkIdOrderByIdAsc(parkId);
    }

    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    public ImportOutcome importPartner(ImportKey key, PartnerDraft draft, ImportOptions options) {
        if (!parks.exists(draft.parkId())) {
            throw new InvalidRecordException("park", "there is no park '" + draft.parkId() + "'; import the parks first");
        }
        return importer.upsert(Partner.class, key, draft.id(), draft, () -> new Partner(draft.id()),
                partner -> partner.apply(draft), options);
    }
}
