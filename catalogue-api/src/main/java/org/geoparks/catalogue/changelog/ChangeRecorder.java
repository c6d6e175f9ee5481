package org.geoparks.catalogue.changelog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where a change to a catalogue record is written down: the audit log (who, before,
 * after) and the change log (what readers must refresh), both in the changing transaction.
 *
 * <p>Entries are collected per transaction and written in JDBC batches — before the transaction
 * commits, or every {@value #BATCH} entries — so that an import of a hundred thousand records
 * does not pay two round trips per record. They commit or roll back with the change itself.
 */
@Component
public class ChangeRecorder {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ChangeLog changeLog;
    private final ObjectMapper json;

    public ChangeRecorder(JdbcTemplate jdbc, ChangeLog changeLog, ObjectMapper json) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String actor, Recorded record) {
        write(actor, ChangeOperation.CREATE, record.entityType(), record.getId(), record.parkId(), null, record.snapshot());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String actor, Object before, Recorded record) {
        write(actor, ChangeOperation.UPDATE, record.entityType(), record.getId(), record.parkId(), before, record.snapshot());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String actor, Recorded record) {
        write(actor, ChangeOperation.DELETE, record.entityType(), record.getId(), record.parkId(), record.snapshot(), null);
    }

    /** For changes that are not to a {@link Recorded} record (accounts, keys). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(String actor, ChangeOperation operation, String entityType, String entityId, String parkId,
                      Object before, Object after) {
        Pending pending = pending();
        pending.entries.add(new Entry(actor, operation, entityType, entityId, parkId, toJson(before), toJson(after)));
        if (pending.entries.size() >= BATCH) {
            pending.flush();
        }
    }

    private record Entry(String actor, ChangeOperation operation, String entityType, String entityId, String parkId,
                         String before, String after) {
    }

    /** The entries of one transaction not yet written. */
    private final class Pending {
        private final List<Entry> entries = new ArrayList<>();

        void flush() {
            if (entries.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("""
                    INSERT INTO audit_log (actor, action, entity_type, entity_id, park_id, before, after)
                    VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""", entries, entries.size(), (ps, e) -> {
                ps.setString(1, e.actor());
                ps.setString(2, e.operation().name().toLowerCase(Locale.ROOT));
                ps.setString(3, e.entityType());
                ps.setString(4, e.entityId());
                ps.setString(5, e.parkId());
                ps.setString(6, e.before());
                ps.setString(7, e.after());
            });
            changeLog.appendAll(entries.stream()
                    .map(e -> new ChangeLog.Entry(e.entityType(), e.entityId(), e.operation(), e.parkId())).toList());
            entries.clear();
        }
    }

    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.flush();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ChangeRecorder.this);
                }
            });
            return created;
        }
        return pending;
    }

    private String toJson(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit snapshot of " + snapshot.getClass().getSimpleName(), e);
        }
    }
}
