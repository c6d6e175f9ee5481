package org.geoparks.catalogue.changelog;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change log: written in the transaction of every change, read by every service instance to
 * keep its search index and caches in step.
 *
 * <p>A reader's position is the database snapshot of its last read ({@link ChangePosition}). A
 * read takes a new snapshot and returns the changes of every transaction that the old snapshot
 * did not see as committed and the new one does: those that were still running then (their ids
 * are in the old snapshot) and those that began since. A change is therefore read exactly once,
 * with every other change of its transaction, as soon as that transaction commits — however long
 * an older transaction (a big import) keeps running, and whatever order the sequence numbers
 * were handed out in (docs/decisions/0010-change-log-snapshots.md).
 */
@Component
public class ChangeLog {

    private static final RowMapper<Change> ROW = (rs, i) -> new Change(
            rs.getLong("txid"),
            rs.getLong("seq"),
            rs.getTimestamp("at").toInstant(),
            rs.getString("entity_type"),
            rs.getString("entity_id"),
            ChangeOperation.fromSql(rs.getString("operation")),
            rs.getString("park_id"));

    /** Changes of the transactions an older snapshot did not see committed; both halves use the (txid, seq) index. */
    private static final String NEW_SINCE = """
            SELECT seq, txid::text::bigint AS txid, at, entity_type, entity_id, operation, park_id
              FROM change_log
             WHERE txid >= ?::text::xid8 OR txid = ANY (?::text::xid8[])
             ORDER BY txid, seq""";

    private final JdbcTemplate jdbc;
    /** Every statement of a read sees one snapshot: the one the new position is made of. */
    private final TransactionTemplate oneSnapshot;

    public ChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.oneSnapshot = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneSnapshot.setReadOnly(true);
    }

    /** One change to append. */
    public record Entry(String entityType, String entityId, ChangeOperation operation, String parkId) {
    }

    /** Appends an entry; must run inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String entityType, String entityId, ChangeOperation operation, String parkId) {
        appendAll(List.of(new Entry(entityType, entityId, operation, parkId)));
    }

    /** Appends entries in one JDBC batch; must run inside the transaction that makes the changes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<Entry> entries) {
        jdbc.batchUpdate("INSERT INTO change_log (entity_type, entity_id, operation, park_id) VALUES (?, ?, ?, ?)",
                entries, entries.size(), (ps, e) -> {
                    ps.setString(1, e.entityType());
                    ps.setString(2, e.entityId());
                    ps.setString(3, e.operation().sqlName());
                    ps.setString(4, e.parkId());
                });
    }

    /**
     * Reads the changes committed since {@code after}, in (transaction, sequence) order, handing
     * them to {@code batches} in lists of at most {@code batchSize}, and returns the position to
     * read from next. Must not run inside another transaction. When {@code batches} throws, the
     * read stops and the caller keeps its old position: the same changes come again next time.
     */
    public ChangePosition read(ChangePosition after, int batchSize, Consumer<List<Change>> batches) {
        return oneSnapshot.execute(status -> {
            ChangePosition now = ChangePosition.parse(jdbc.queryForObject("SELECT pg_current_snapshot()::text", String.class));
            List<Change> batch = new ArrayList<>();
            jdbc.query(connection -> {
                PreparedStatement ps = connection.prepareStatement(NEW_SINCE);
                ps.setFetchSize(batchSize); // a committed import of a hundred thousand changes streams, it is not held in memory
                ps.setString(1, Long.toString(after.xmax()));
                ps.setString(2, after.runningArray());
                return ps;
            }, rs -> {
                batch.add(ROW.mapRow(rs, 0));
                if (batch.size() == batchSize) {
                    batches.accept(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                batches.accept(List.copyOf(batch));
            }
            return now;
        });
    }

    /** Reads every change committed since {@code after}; for tests and small logs. */
    public List<Change> readAll(ChangePosition after) {
        List<Change> all = new ArrayList<>();
        read(after, 1000, all::addAll);
        return all;
    }

    /**
     * The position of a reader that has seen every change committed now. A reader that builds its
     * state from a full scan of the catalogue takes it before the scan: what commits after it
     * comes from the log (perhaps a second time, which a reader must bear).
     */
    public ChangePosition now() {
        return ChangePosition.parse(jdbc.queryForObject("SELECT pg_current_snapshot()::text", String.class));
    }
}
