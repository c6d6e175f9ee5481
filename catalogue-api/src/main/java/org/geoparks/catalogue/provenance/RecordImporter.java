package org.geoparks.catalogue.provenance;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of re-importing, in one place: a record is keyed by (source, external id); a record
 * somebody edited through the service since its last import is a conflict, left as it is, unless
 * the import may overwrite it; otherwise an unchanged record is left alone and a changed one
 * updated. Every write goes through the audit and change logs.
 */
@Component
public class RecordImporter {

    private final EntityManager entities;
    private final ChangeRecorder recorder;
    private final DraftDigest digests;

    public RecordImporter(EntityManager entities, ChangeRecorder recorder, DraftDigest digests) {
        this.entities = entities;
        this.recorder = recorder;
        this.digests = digests;
    }

    /**
     * Inserts or updates one record.
     *
     * @param draft  what the file says, as a value whose JSON form is its fingerprint
     * @param create makes an empty entity with the given id
     * @param apply  copies the draft onto the entity
     */
    @Transactional(propagation = Propagation.MANDATORY,
            noRollbackFor = {ImportRejectedException.class, InvalidRecordException.class})
    public <E extends CatalogueRecord> ImportOutcome upsert(Class<E> type, ImportKey key, String id, Object draft,
                                                            Supplier<E> create, Consumer<E> apply, ImportOptions options) {
        String digest = digests.of(draft);
        E existing = entities.find(type, id);
        if (existing == null) {
            rejectIfKeyTaken(type, key, id);
            E record = create.get();
            record.beginImport(key, digest);
            apply.accept(record);
            entities.persist(record); // written in the next JDBC batch, not one round trip per record
            recorder.created(options.actor(), record);
            return ImportOutcome.INSERTED;
        }
        ImportOrigin origin = existing.getOrigin();
        if (!origin.matches(key)) {
            throw new ImportRejectedException(id, origin.isImported()
                    ? "the id '%s' already belongs to record '%s' of dataset '%s'".formatted(id, origin.externalId(), origin.source())
                    : "the id '%s' already belongs to a record created in the catalogue, not imported".formatted(id));
        }
        // An edited record differs from its file whether or not the file changed: importing it
        // again would undo somebody's work, so it is a conflict until they say to overwrite.
        boolean edited = origin.editedSinceImport();
        if (edited && !options.mayOverwrite(id)) {
            return ImportOutcome.CONFLICT;
        }
        if (!edited && digest.equals(origin.digest())) {
            return ImportOutcome.UNCHANGED;
        }
        Object before = existing.snapshot();
        existing.beginImport(key, digest);
        apply.accept(existing);
        recorder.updated(options.actor(), before, existing);
        return edited ? ImportOutcome.OVERWRITTEN : ImportOutcome.UPDATED;
    }

    private void rejectIfKeyTaken(Class<?> type, ImportKey key, String id) {
        List<?> holders = entities.createQuery(
                        "SELECT r.id FROM " + type.getSimpleName() + " r WHERE r.origin.source = :source AND r.origin.externalId = :external")
                .setParameter("source", key.source())
                .setParameter("external", key.externalId())
                .getResultList();
        if (!holders.isEmpty()) {
            throw new ImportRejectedException(id, "record '%s' of dataset '%s' was imported before as '%s'; its id cannot change"
                    .formatted(key.externalId(), key.source(), holders.get(0)));
        }
    }
}
