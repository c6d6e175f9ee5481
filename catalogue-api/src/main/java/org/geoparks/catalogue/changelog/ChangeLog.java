package org.geoparks.catalogue.changelog;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change log: written in the transaction of every change, read by every service instance to
 * keep its search index and caches in step.
 *
 * <p>Readers only see entries of transactions older than the oldest transaction still running
 * ({@code pg_snapshot_xmin}). Every entry below that horizon is final — committed or gone — so a
 * reader that resumes after its last position can never skip an entry whose transaction
 * committed late with a smaller sequence number. The price is that a long transaction holds the
 * log back until it ends.
 */
@Component
public class ChangeLog {

    private static final RowMapper<Change> ROW = (rs, i) -> new Change(
            new ChangePosition(rs.getLong("txid"), rs.getLong("seq")),
            rs.getTimestamp("at").toInstant(),
            rs.getString("entity_type"),
            rs.getString("entity_id"),
            ChangeOperation.fromSql(rs.getString("operation")),
            rs.getString("park_id"));

    private final JdbcTemplate jdbc;

    public ChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** The entries after {@code position} that are final, in (transaction, sequence) order. */
    public List<Change> readAfter(ChangePosition position, int limit) {
        return jdbc.query("""
                SELECT seq, txid::text::bigint AS txid, at, entity_type, entity_id, operation, park_id
                  FROM change_log
                 WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
                   AND (txid, seq) > (?::text::xid8, ?)
                 ORDER BY txid, seq
                 LIMIT ?""", ROW, Long.toUnsignedString(position.txid()), position.seq(), limit);
    }

    /**
     * The position a new reader starts from after it has loaded the whole catalogue: every entry
     * of a transaction below the current horizon is already reflected in what it loaded, provided
     * it loads after this call.
     */
    public ChangePosition horizon() {
        Long xmin = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
        return new ChangePosition(xmin == null ? 0 : xmin - 1, Long.MAX_VALUE);
    }
}
