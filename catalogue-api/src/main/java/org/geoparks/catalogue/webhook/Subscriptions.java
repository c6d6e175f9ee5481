package org.geoparks.catalogue.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every read and write of subscriptions, their routes' last states, deliveries and attempts. */
@Repository
class Subscriptions {

    private final JdbcTemplate jdbc;

    Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Subscription(long id, long accountId, String url, String secret, List<String> routes, List<String> parks, String language,
                        Instant createdAt) {
    }

    /** A subscribed route: one subscription, one of the routes it follows. */
    record Watched(long subscriptionId, String routeId, String language) {
    }

    record Delivery(String id, String routeId, String status, int attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt,
                    String payload) {
    }

    record Attempt(String deliveryId, int attempt, Instant at, Integer statusCode, String error, int durationMs) {
    }

    /** A claimed delivery with what posting it needs. */
    record Due(String id, long subscriptionId, String url, String secret, String body, int attempts) {
    }

    private static final String COLUMNS = "id, account_id, url, secret, route_ids, park_ids, language, created_at";

    long create(long accountId, String url, String secret, List<String> routes, List<String> parks, String language) {
        return jdbc.queryForObject("INSERT INTO webhook_subscription (account_id, url, secret, route_ids, park_ids, language)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", Long.class, accountId, url, secret,
                routes.toArray(String[]::new), parks.toArray(String[]::new), language);
    }

    List<Subscription> ofAccount(long accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE account_id = ? ORDER BY id", this::row, accountId);
    }

    Optional<Subscription> get(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?", this::row, id).stream().findFirst();
    }

    boolean delete(long id, long accountId) {
        return jdbc.update("DELETE FROM webhook_subscription WHERE id = ? AND account_id = ?", id, accountId) > 0;
    }

    /**
     * The routes followed, each with its subscription: those named, and every route of the parks
     * named. {@code parks} narrows to routes of those parks; null for all.
     */
    List<Watched> watched(Long subscriptionId, List<String> parks) {
        String sql = """
                SELECT s.id, r.id AS route_id, s.language FROM webhook_subscription s
                  JOIN route r ON r.id = ANY(s.route_ids) OR r.park_id = ANY(s.park_ids)
                 WHERE (CAST(? AS bigint) IS NULL OR s.id = ?) AND (CAST(? AS text[]) IS NULL OR r.park_id = ANY(CAST(? AS text[])))
                 ORDER BY s.id, r.id""";
        String[] parkArray = parks == null ? null : parks.toArray(String[]::new);
        return jdbc.query(sql, (rs, i) -> new Watched(rs.getLong("id"), rs.getString("route_id"), rs.getString("language")),
                subscriptionId, subscriptionId, parkArray, parkArray);
    }

    /** The last state told of a route to a subscriber, locked until the transaction ends; empty if none yet. */
    Optional<String> lockState(long subscriptionId, String routeId) {
        jdbc.update("INSERT INTO webhook_route_state (subscription_id, route_id, state) VALUES (?, ?, 'null'::jsonb) ON CONFLICT DO NOTHING",
                subscriptionId, routeId);
        String state = jdbc.queryForObject("SELECT state::text FROM webhook_route_state WHERE subscription_id = ? AND route_id = ? FOR UPDATE",
                String.class, subscriptionId, routeId);
        return state == null || "null".equals(state) ? Optional.empty() : Optional.of(state);
    }

    void saveState(long subscriptionId, String routeId, String state) {
        jdbc.update("UPDATE webhook_route_state SET state = ?::jsonb, updated_at = now() WHERE subscription_id = ? AND route_id = ?",
                state, subscriptionId, routeId);
    }

    void queue(String deliveryId, long subscriptionId, String routeId, String payload) {
        jdbc.update("INSERT INTO webhook_delivery (id, subscription_id, route_id, payload) VALUES (?::uuid, ?, ?, ?::jsonb)",
                deliveryId, subscriptionId, routeId, payload);
    }

    /**
     * Claims up to {@code limit} due deliveries for this instance: rows another instance holds are
     * skipped, and each claimed row is leased (its next attempt moved past the lease) so that no
     * other instance takes it while it is being posted.
     */
    List<Due> claim(int limit, java.time.Duration lease) {
        return jdbc.query("""
                WITH due AS (
                  SELECT d.id FROM webhook_delivery d
                   WHERE d.status = 'pending' AND d.next_attempt_at <= now()
                   ORDER BY d.next_attempt_at, d.id LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => ?)
                  FROM due, webhook_subscription s
                 WHERE d.id = due.id AND s.id = d.subscription_id
                RETURNING d.id::text, d.subscription_id, s.url, s.secret, d.payload::text AS body, d.attempts""",
                (rs, i) -> new Due(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)),
                limit, (double) lease.toSeconds());
    }

    void attempted(String deliveryId, int attempt, Integer statusCode, String error, long durationMs, boolean delivered, boolean givenUp,
                   java.time.Duration retryAfter) {
        jdbc.update("INSERT INTO webhook_attempt (delivery_id, attempt, status_code, error, duration_ms) VALUES (?::uuid, ?, ?, ?, ?)",
                deliveryId, attempt, statusCode, error, (int) Math.min(Integer.MAX_VALUE, durationMs));
        if (delivered) {
            jdbc.update("UPDATE webhook_delivery SET status = 'delivered', attempts = ?, delivered_at = now() WHERE id = ?::uuid", attempt, deliveryId);
        } else if (givenUp) {
            jdbc.update("UPDATE webhook_delivery SET status = 'failed', attempts = ? WHERE id = ?::uuid", attempt, deliveryId);
        } else {
            jdbc.update("UPDATE webhook_delivery SET attempts = ?, next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?::uuid",
                    attempt, (double) retryAfter.toMillis() / 1000.0, deliveryId);
        }
    }

    List<Delivery> deliveries(long subscriptionId, int limit) {
        return jdbc.query("""
                SELECT id::text, route_id, status, attempts, next_attempt_at, created_at, delivered_at, payload::text
                  FROM webhook_delivery WHERE subscription_id = ? ORDER BY created_at DESC, id LIMIT ?""",
                (rs, i) -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), instant(rs, 5), instant(rs, 6),
                        instant(rs, 7), rs.getString(8)), subscriptionId, limit);
    }

    List<Attempt> attempts(List<String> deliveryIds) {
        return jdbc.query("SELECT delivery_id::text, attempt, at, status_code, error, duration_ms FROM webhook_attempt"
                        + " WHERE delivery_id::text = ANY(?) ORDER BY delivery_id, attempt",
                (rs, i) -> {
                    int code = rs.getInt(4);
                    return new Attempt(rs.getString(1), rs.getInt(2), instant(rs, 3), rs.wasNull() ? null : code, rs.getString(5), rs.getInt(6));
                }, (Object) deliveryIds.toArray(String[]::new));
    }

    List<String> existingRoutes(List<String> ids) {
        return jdbc.queryForList("SELECT id FROM route WHERE id = ANY(?)", String.class, (Object) ids.toArray(String[]::new));
    }

    List<String> existingParks(List<String> ids) {
        return jdbc.queryForList("SELECT id FROM park WHERE id = ANY(?)", String.class, (Object) ids.toArray(String[]::new));
    }

    private Subscription row(ResultSet rs, int i) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getLong("account_id"), rs.getString("url"), rs.getString("secret"),
                strings(rs.getArray("route_ids")), strings(rs.getArray("park_ids")), rs.getString("language"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
