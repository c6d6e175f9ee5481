package org.geoparks.catalogue.changelog;

import org.geoparks.catalogue.audit.AuditLog;
import org.geoparks.catalogue.provenance.CatalogueRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a change to a catalogue record is written down: the audit log (who, before,
 * after) and the change log (what readers must refresh), both in the changing transaction.
 */
@Component
public class ChangeRecorder {

    private final AuditLog audit;
    private final ChangeLog changes;

    public ChangeRecorder(AuditLog audit, ChangeLog changes) {
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String actor, CatalogueRecord record) {
        write(actor, ChangeOperation.CREATE, record.entityType(), record.getId(), record.parkId(), null, record.snapshot());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String actor, Object before, CatalogueRecord record) {
        write(actor, ChangeOperation.UPDATE, record.entityType(), record.getId(), record.parkId(), before, record.snapshot());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String actor, CatalogueRecord record) {
        write(actor, ChangeOperation.DELETE, record.entityType(), record.getId(), record.parkId(), record.snapshot(), null);
    }

    /** For records that are not {@link CatalogueRecord}s (narrations, accounts). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(String actor, ChangeOperation operation, String entityType, String entityId, String parkId,
                      Object before, Object after) {
        audit.record(actor, operation.name().toLowerCase(java.util.Locale.ROOT), entityType, entityId, before, after);
        changes.append(entityType, entityId, operation, parkId);
    }
}
