package org.geoparks.catalogue.operator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' API keys: made here, shown once, kept only as a SHA-256 hash, revocable. A key reads
 * {@code gpk_<prefix>_<secret>}: the prefix finds the row (and names the key in lists, logs and
 * quotas), the hash of the whole key proves it. The secret has 190 random bits, so a fast hash
 * is enough — a slow password hash would cost every request and protect nothing more
 * (docs/decisions/0060-operator-api-keys.md).
 *
 * <p>Nothing about keys is cached between requests: a revoked key is refused by every instance
 * at once. Only the last-used time is written lazily, at most once per {@link OperatorSettings#keyTouchEvery()}.
 */
@Component
public class ApiKeys {

    static final String KEY_START = "gpk_";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final Pattern KEY = Pattern.compile("gpk_([a-z0-9]{10})_([A-Za-z0-9]{32})");
    private static final Pattern OPERATOR_NAME = Pattern.compile("[a-z0-9._@-]{3,80}");

    private final JdbcTemplate jdbc;
    private final ChangeRecorder recorder;
    private final SecureRandom random = new SecureRandom();
    private final Cache<Long, Instant> touched;

    ApiKeys(JdbcTemplate jdbc, ChangeRecorder recorder, OperatorSettings settings) {
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.touched = Caffeine.newBuilder().expireAfterWrite(settings.keyTouchEvery()).maximumSize(100_000).build();
    }

    /** A key as lists show it: never its secret. */
    public record KeyInfo(long id, String operator, String prefix, String label, Instant createdAt, Instant lastUsedAt,
                          Instant revokedAt) {
    }

    /** A new key: {@code key} is the only time the secret is seen. */
    public record NewKey(String key, KeyInfo info, boolean accountCreated) {
    }

    /** A request the command cannot carry out (an unknown operator, a key that does not exist). */
    public static final class KeyCommandException extends RuntimeException {
        KeyCommandException(String message) {
            super(message);
        }
    }

    /**
     * Makes a key for an operator. An operator that has no account yet gets one (without a
     * password: operators call the API with keys); an existing account must be an operator's.
     */
    @Transactional
    public NewKey create(String operator, String label, String actor) {
        String name = operator == null ? "" : operator.strip().toLowerCase(java.util.Locale.ROOT);
        if (!OPERATOR_NAME.matcher(name).matches()) {
            throw new KeyCommandException("'" + operator + "' is not an account name: 3 to 80 lower-case letters, digits, '.', '_', '@' or '-'");
        }
        String keyLabel = label == null || label.isBlank() ? "key of " + name : label.strip();
        boolean created = false;
        List<Long> accounts = jdbc.queryForList("SELECT id FROM account WHERE username = ?", Long.class, name);
        long accountId;
        if (accounts.isEmpty()) {
            accountId = jdbc.queryForObject("INSERT INTO account (username, display_name) VALUES (?, ?) RETURNING id", Long.class, name, name);
            jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'operator')", accountId);
            recorder.write(actor, ChangeOperation.CREATE, "account", name, null, null, Map.of("username", name, "roles", List.of("operator")));
            created = true;
        } else {
            accountId = accounts.get(0);
            Integer operatorRoles = jdbc.queryForObject("SELECT count(*) FROM account_role WHERE account_id = ? AND role = 'operator'",
                    Integer.class, accountId);
            if (operatorRoles == null || operatorRoles == 0) {
                throw new KeyCommandException("the account '" + name + "' is not an operator's; keys are for tour operators' accounts");
            }
        }
        String prefix = randomText(10, "abcdefghijklmnopqrstuvwxyz0123456789");
        String key = KEY_START + prefix + "_" + randomText(32, ALPHABET);
        long id = jdbc.queryForObject("INSERT INTO api_key (account_id, prefix, secret_hash, label) VALUES (?, ?, ?, ?) RETURNING id",
                Long.class, accountId, prefix, hash(key), keyLabel);
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("operator", name);
        audit.put("prefix", prefix);
        audit.put("label", keyLabel);
        recorder.write(actor, ChangeOperation.CREATE, "api_key", prefix, null, null, audit);
        return new NewKey(key, info(id), created);
    }

    /** Revokes a key, named by its prefix (or the whole key); false when it was revoked already. */
    @Transactional
    public boolean revoke(String prefixOrKey, String actor) {
        String prefix = prefixOf(prefixOrKey);
        List<KeyInfo> found = query("WHERE k.prefix = ?", prefix);
        if (found.isEmpty()) {
            throw new KeyCommandException("there is no key '" + prefix + "'; `./catalogue apikey list` shows the keys");
        }
        int revoked = jdbc.update("UPDATE api_key SET revoked_at = now() WHERE prefix = ? AND revoked_at IS NULL", prefix);
        if (revoked > 0) {
            recorder.write(actor, ChangeOperation.UPDATE, "api_key", prefix, null, Map.of("revoked", false), Map.of("revoked", true));
        }
        return revoked > 0;
    }

    /** Every key, or an operator's, newest first. */
    public List<KeyInfo> list(String operator) {
        return operator == null ? query("ORDER BY k.created_at DESC, k.id DESC")
                : query("WHERE a.username = ? ORDER BY k.created_at DESC, k.id DESC", operator.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The key a request presents, if it is a valid key that is not revoked and whose account is
     * enabled; empty otherwise. Compared in constant time.
     */
    public Optional<OperatorKey> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var m = KEY.matcher(presented.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        byte[] expected = hash(presented.strip()).getBytes(StandardCharsets.US_ASCII);
        List<Object[]> rows = jdbc.query("""
                SELECT k.id, k.account_id, a.username, k.secret_hash FROM api_key k JOIN account a ON a.id = k.account_id
                 WHERE k.prefix = ? AND k.revoked_at IS NULL AND a.enabled""",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}, m.group(1));
        if (rows.isEmpty() || !MessageDigest.isEqual(expected, ((String) rows.get(0)[3]).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        OperatorKey key = new OperatorKey((Long) rows.get(0)[0], (Long) rows.get(0)[1], (String) rows.get(0)[2], m.group(1));
        touch(key.keyId());
        return Optional.of(key);
    }

    private void touch(long keyId) {
        if (touched.getIfPresent(keyId) == null) {
            touched.put(keyId, Instant.now());
            jdbc.update("UPDATE api_key SET last_used_at = now() WHERE id = ?", keyId);
        }
    }

    private KeyInfo info(long id) {
        return query("WHERE k.id = ?", id).get(0);
    }

    private List<KeyInfo> query(String tail, Object... args) {
        return jdbc.query("SELECT k.id, a.username, k.prefix, k.label, k.created_at, k.last_used_at, k.revoked_at"
                + " FROM api_key k JOIN account a ON a.id = k.account_id " + tail, (rs, i) -> new KeyInfo(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))), args);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String prefixOf(String prefixOrKey) {
        String s = prefixOrKey == null ? "" : prefixOrKey.strip();
        var m = KEY.matcher(s);
        if (m.matches()) {
            return m.group(1);
        }
        return s.startsWith(KEY_START) ? s.substring(KEY_START.length()).split("_")[0] : s;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomText(int length, String alphabet) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
