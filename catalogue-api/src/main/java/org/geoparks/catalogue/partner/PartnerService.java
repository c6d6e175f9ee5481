package org.geoparks.catalogue.partner;

import java.util.List;
import org.geoparks.catalogue.park.ParkService;
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

/** Reads the partners of the geopark network and takes them from imports. */
@Service
public class PartnerService implements ImportableLayer<PartnerDraft> {

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

    @Override
    public LayerDeclaration<PartnerDraft> declaration() {
        return PartnerLayer.DECLARATION;
    }


    @Override
    @Transactional
    public List<ImportResult> importBatch(List<KeyedDraft<PartnerDraft>> batch, ImportOptions options) {
        return importer.importBatch(Partner.class, batch, options, this::upsertOf);
    }

    private Upsert<Partner> upsertOf(PartnerDraft draft) {
        parks.requireExists("park", draft.parkId());
        return new Upsert<>(draft.id(), draft, () -> new Partner(draft.id()), partner -> partner.apply(draft));
    }
}
