package org.geoparks.catalogue.provenance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rules of re-importing, in one place: a record is keyed by (source, external id); a record
 * somebody edited through the service since its last import is a conflict, left as it is, unless
 * the import may overwrite it; otherwise an unchanged record is left alone and a changed one
 * updated. Every write goes through the audit and change logs.
 *
 * <p>Bulk imports announce each batch of ids with {@link #prefetch}: the existing records and the
 * ids their keys already hold are then read in two queries per batch instead of two per record.
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
     * Reads, in the current transaction, what {@link #upsert} will need for these records: the
     * entities with these ids, and which of these keys are already held by which id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends CatalogueRecord> void prefetch(Class<E> type, Collection<String> ids, String source, Collection<String> externalIds) {
        Prefetched known = prefetched();
        known.byId.clear(); // only the current batch: memory stays flat with file size
        known.byKey.clear();
        Map<String, Object> byId = known.byId.computeIfAbsent(type, t -> new HashMap<>());
        for (String id : ids) {
            byId.put(id, Prefetched.MISSING);
        }
        entities.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id IN :ids", type)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(e -> byId.put(e.getId(), e));
        Map<String, String> byKey = known.byKey.computeIfAbsent(type, t -> new HashMap<>());
        for (String external : externalIds) {
            byKey.put(source + "#" + external, null);
        }
        entities.createQuery("SELECT r.origin.externalId, r.id FROM " + type.getSimpleName()
                        + " r WHERE r.origin.source = :source AND r.origin.externalId IN :external", Object[].class)
                .setParameter("source", source).setParameter("external", externalIds).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> byKey.put(source + "#" + row[0], (String) row[1]));
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
        E existing = find(type, id);
        if (existing == null) {
            rejectIfKeyTaken(type, key, id);
            E record = create.get();
            record.beginImport(key, digest);
            apply.accept(record);
            entities.persist(record); // written in the next JDBC batch, not one round trip per record
            remember(type, id, record, key);
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

    private <E extends CatalogueRecord> E find(Class<E> type, String id) {
        Map<String, Object> byId = prefetched().byId.get(type);
        Object known = byId == null ? null : byId.get(id);
        if (known == Prefetched.MISSING) {
            return null;
        }
        if (known != null && entities.contains(known)) {
            return type.cast(known);
        }
        return entities.find(type, id);
    }

    private void rejectIfKeyTaken(Class<?> type, ImportKey key, String id) {
        Map<String, String> byKey = prefetched().byKey.get(type);
        String holder;
        if (byKey != null && byKey.containsKey(key.toString())) {
            holder = byKey.get(key.toString());
        } else {
            List<?> holders = entities.createQuery(
                            "SELECT r.id FROM " + type.getSimpleName() + " r WHERE r.origin.source = :source AND r.origin.externalId = :external")
                    .setParameter("source", key.source())
                    .setParameter("external", key.externalId())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            holder = holders.isEmpty() ? null : (String) holders.get(0);
        }
        if (holder != null && !holder.equals(id)) {
            throw new ImportRejectedException(id, "record '%s' of dataset '%s' was imported before as '%s'; its id cannot change"
                    .formatted(key.externalId(), key.source(), holder));
        }
    }

    private void remember(Class<?> type, String id, Object record, ImportKey key) {
        Prefetched known = prefetched();
        Map<String, Object> byId = known.byId.get(type);
        if (byId != null) {
            byId.put(id, record);
        }
        Map<String, String> byKey = known.byKey.get(type);
        if (byKey != null) {
            byKey.put(key.toString(), id);
        }
    }

    /** What this transaction has read ahead; forgotten when it ends. */
    private static final class Prefetched {
        static final Object MISSING = new Object();
        final Map<Class<?>, Map<String, Object>> byId = new HashMap<>();
        final Map<Class<?>, Map<String, String>> byKey = new HashMap<>();
    }

    private Prefetched prefetched() {
        Prefetched known = (Prefetched) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Prefetched created = new Prefetched();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RecordImporter.this);
                }
            });
            return created;
        }
        return known;
    }
}
