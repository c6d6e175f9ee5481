package org.geoparks.catalogue.provenance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
 * <p>Bulk imports write in batches ({@link #importBatch}): the existing records and the ids their
 * keys already hold are then read in two queries per batch instead of two per record.
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
     * Imports a batch (see {@link ImportableLayer#importBatch}); the results are in the batch's order.
     * What the batch may update is read ahead in two queries, and the persistence context is
     * flushed and emptied at the end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends CatalogueRecord, D> List<ImportResult> importBatch(Class<E> type, List<KeyedDraft<D>> batch, ImportOptions options,
                                                                        Function<D, Upsert<E>> upsertOf) {
        Prefetched known = prefetched();
        if (!known.planned) {
            // The tables grow by thousands of rows inside one import transaction, so a generic plan
            // cached while they were small (a sequential scan) would be reused for every later batch
            // lookup; plan each statement for the table as it is now.
            entities.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
            known.planned = true;
        }
        List<Upsert<E>> upserts = new ArrayList<>(batch.size());
        ImportResult[] results = new ImportResult[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            try {
                upserts.add(upsertOf.apply(batch.get(i).draft()));
            } catch (InvalidRecordException e) {
                upserts.add(null);
                results[i] = ImportResult.refused(batch.get(i).key().externalId(), e);
            }
        }
        prefetch(type, upserts.stream().filter(Objects::nonNull).map(Upsert::id).toList(), batch);
        for (int i = 0; i < batch.size(); i++) {
            Upsert<E> upsert = upserts.get(i);
            if (upsert == null) {
                continue;
            }
            try {
                results[i] = ImportResult.done(upsert.id(), upsert(type, batch.get(i).key(), upsert, options));
            } catch (InvalidRecordException | ImportRejectedException e) {
                results[i] = ImportResult.refused(upsert.id(), e);
            }
        }
        entities.flush();
        entities.clear();
        return List.of(results);
    }

    /**
     * Reads, in the current transaction, what {@link #upsert} will need for a batch: the records
     * with these ids, and which of the batch's keys are already held by which id.
     */
    private <E extends CatalogueRecord> void prefetch(Class<E> type, Collection<String> ids, List<? extends KeyedDraft<?>> batch) {
        Prefetched known = prefetched();
        known.byId.clear(); // only the current batch: memory stays flat with file size
        known.byKey.clear();
        Map<String, Object> byId = known.byId.computeIfAbsent(type, t -> new HashMap<>());
        for (String id : ids) {
            byId.put(id, Prefetched.MISSING);
        }
        if (!ids.isEmpty()) {
            entities.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id IN :ids", type)
                    .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT)
                    .getResultList().forEach(e -> byId.put(e.getId(), e));
        }
        Map<String, String> byKey = known.byKey.computeIfAbsent(type, t -> new HashMap<>());
        Map<String, List<String>> externalBySource = new HashMap<>();
        for (KeyedDraft<?> keyed : batch) {
            byKey.put(keyed.key().toString(), null);
            externalBySource.computeIfAbsent(keyed.key().source(), k -> new ArrayList<>()).add(keyed.key().externalId());
        }
        externalBySource.forEach((source, external) -> entities.createQuery("SELECT r.origin.externalId, r.id FROM "
                        + type.getSimpleName() + " r WHERE r.origin.source = :source AND r.origin.externalId IN :external", Object[].class)
                .setParameter("source", source).setParameter("external", external).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> byKey.put(source + "#" + row[0], (String) row[1])));
    }

    /** Inserts or updates one record, by the rules of re-importing. */
    private <E extends CatalogueRecord> ImportOutcome upsert(Class<E> type, ImportKey key, Upsert<E> write, ImportOptions options) {
        String id = write.id();
        String digest = digests.of(write.draft());
        E existing = find(type, id);
        if (existing == null) {
            rejectIfKeyTaken(type, key, id);
            E record = write.create().get();
            record.beginImport(key, digest);
            write.apply().accept(record);
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
        write.apply().accept(existing);
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
        boolean planned;
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
