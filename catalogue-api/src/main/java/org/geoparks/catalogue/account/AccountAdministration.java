package org.geoparks.catalogue.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their roles, as administrators keep them ({@code ./catalogue user …}). Every change
 * goes to the audit log — never a password or its hash.
 */
@Service
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._@-]{3,80}$");
    static final int SHORTEST_PASSWORD = 10;
    /** bcrypt reads no further than 72 bytes: a longer password would be cut without a word. */
    static final int LONGEST_PASSWORD_BYTES = 72;

    /** A role given to an account: a role of the database and, for managers and editors, the park. */
    public record Grant(String role, String parkId) {

        /** Roles as people name them: {@code manager} (or {@code park_manager}), {@code editor}, {@code admin}, {@code operator}. */
        public static Grant of(String roleName, String parkId) {
            String role = switch (roleName == null ? "" : roleName.strip().toLowerCase(Locale.ROOT)) {
                case "manager", "park_manager", "park-manager" -> "park_manager";
                case "editor" -> "editor";
                case "admin", "administrator" -> "admin";
                case "operator" -> "operator";
                default -> throw new InvalidRecordException("role", "'" + roleName + "' is not one of manager, editor, admin, operator");
            };
            boolean perPark = role.equals("park_manager") || role.equals("editor");
            if (perPark && (parkId == null || parkId.isBlank())) {
                throw new InvalidRecordException("park", "a " + roleName + " is one of a park: name the park (--park ID)");
            }
            if (!perPark && parkId != null) {
                throw new InvalidRecordException("park", "a " + roleName + " is not one of a park: leave the park out");
            }
            return new Grant(role, perPark ? parkId.strip() : null);
        }

        Map<String, Object> describe() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("role", role.equals("park_manager") ? "manager" : role);
            if (parkId != null) {
                out.put("park", parkId);
            }
            return out;
        }
    }

    /** An account as administrators see it: never its password. */
    public record AccountView(String username, String displayName, boolean enabled, List<Grant> roles) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final ChangeRecorder recorder;

    AccountAdministration(JdbcTemplate jdbc, PasswordEncoder passwords, ChangeRecorder recorder) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.recorder = recorder;
    }

    @Transactional
    public AccountView create(String username, String displayName, String password, List<Grant> grants, String actor) {
        String name = username(username);
        requirePassword(password);
        Integer taken = jdbc.queryForObject("SELECT count(*) FROM account WHERE username = ?", Integer.class, name);
        if (taken != null && taken > 0) {
            throw new InvalidRecordException("username", "there is already an account '" + name + "'; grant it roles instead");
        }
        jdbc.update("INSERT INTO account (username, display_name, password_hash) VALUES (?, ?, ?)", name,
                displayName == null || displayName.isBlank() ? name : displayName.strip(), passwords.encode(password));
        grants.forEach(g -> insertGrant(name, g));
        AccountView created = get(name);
        recorder.write(actor, ChangeOperation.CREATE, "account", name, parkOf(grants), null, describe(created));
        return created;
    }

    @Transactional
    public AccountView grant(String username, List<Grant> grants, String actor) {
        AccountView before = get(username(username));
        grants.forEach(g -> insertGrant(before.username(), g));
        return recorded(before, actor, parkOf(grants));
    }

    @Transactional
    public AccountView revoke(String username, List<Grant> grants, String actor) {
        AccountView before = get(username(username));
        for (Grant g : grants) {
            jdbc.update("DELETE FROM account_role WHERE account_id = (SELECT id FROM account WHERE username = ?) AND role = ? "
                    + "AND park_id IS NOT DISTINCT FROM ?", before.username(), g.role(), g.parkId());
        }
        return recorded(before, actor, parkOf(grants));
    }

    @Transactional
    public AccountView setPassword(String username, String password, String actor) {
        AccountView before = get(username(username));
        requirePassword(password);
        jdbc.update("UPDATE account SET password_hash = ? WHERE username = ?", passwords.encode(password), before.username());
        recorder.write(actor, ChangeOperation.UPDATE, "account", before.username(), null, describe(before),
                Map.of("username", before.username(), "password", "changed"));
        return before;
    }

    @Transactional
    public AccountView setEnabled(String username, boolean enabled, String actor) {
        AccountView before = get(username(username));
        jdbc.update("UPDATE account SET enabled = ? WHERE username = ?", enabled, before.username());
        return recorded(before, actor, null);
    }

    @Transactional(readOnly = true)
    public List<AccountView> list() {
        return jdbc.queryForList("SELECT username FROM account ORDER BY username", String.class).stream().map(this::get).toList();
    }

    @Transactional(readOnly = true)
    public AccountView get(String username) {
        List<AccountView> found = jdbc.query("SELECT id, username, display_name, enabled FROM account WHERE username = ?",
                (rs, i) -> new AccountView(rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"),
                        jdbc.query("SELECT role, park_id FROM account_role WHERE account_id = ? ORDER BY role, park_id",
                                (r, j) -> new Grant(r.getString("role"), r.getString("park_id")), rs.getLong("id"))),
                username);
        if (found.isEmpty()) {
            throw new NotFoundException("account", username);
        }
        return found.get(0);
    }

    private AccountView recorded(AccountView before, String actor, String park) {
        AccountView after = get(before.username());
        recorder.write(actor, ChangeOperation.UPDATE, "account", before.username(), park, describe(before), describe(after));
        return after;
    }

    private void insertGrant(String username, Grant g) {
        if (g.parkId() != null) {
            Integer parks = jdbc.queryForObject("SELECT count(*) FROM park WHERE id = ?", Integer.class, g.parkId());
            if (parks == null || parks == 0) {
                throw new InvalidRecordException("park", "there is no park '" + g.parkId() + "'");
            }
        }
        jdbc.update("INSERT INTO account_role (account_id, role, park_id) SELECT id, ?, ? FROM account WHERE username = ? "
                + "ON CONFLICT DO NOTHING", g.role(), g.parkId(), username);
    }

    static String username(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidRecordException("username", "'" + username + "' is not a valid account name (3–80 of a–z, 0–9, '.', '_', '@', '-')");
        }
        return name;
    }

    /** A password the catalogue takes: long enough to resist guessing, short enough for bcrypt to read whole. */
    static void requirePassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST_PASSWORD) {
            throw new InvalidRecordException("password", "is shorter than " + SHORTEST_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
            throw new InvalidRecordException("password", "is longer than " + LONGEST_PASSWORD_BYTES + " bytes (UTF-8), more than bcrypt reads");
        }
    }

    private static String parkOf(List<Grant> grants) {
        List<String> parks = grants.stream().map(Grant::parkId).filter(p -> p != null).distinct().toList();
        return parks.size() == 1 ? parks.get(0) : null;
    }

    private static Map<String, Object> describe(AccountView account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", account.username());
        out.put("display_name", account.displayName());
        out.put("enabled", account.enabled());
        out.put("roles", account.roles().stream().map(Grant::describe).toList());
        return out;
    }
}
