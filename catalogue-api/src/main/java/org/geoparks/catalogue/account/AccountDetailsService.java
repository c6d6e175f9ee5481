package org.geoparks.catalogue.account;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts from the catalogue's database. Authorities: {@code ROLE_ADMIN}, {@code ROLE_OPERATOR},
 * for a park manager {@code ROLE_PARK_MANAGER} and a {@link ParkManagerAuthority} per park, for an
 * editor {@code ROLE_EDITOR} and a {@link ParkEditorAuthority} per park.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcTemplate jdbc;

    AccountDetailsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> found = jdbc.query(
                "SELECT id, username, password_hash, enabled FROM account WHERE username = ?",
                (rs, i) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash") == null ? "{noop}" + java.util.UUID.randomUUID() : rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(authorities(rs.getLong("id")))
                        .build(),
                username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no account " + username);
        }
        return found.get(0);
    }

    private List<GrantedAuthority> authorities(long accountId) {
        return jdbc.query("SELECT role, park_id FROM account_role WHERE account_id = ?", (rs, i) -> {
            GrantedAuthority role = new SimpleGrantedAuthority("ROLE_" + rs.getString("role").toUpperCase(java.util.Locale.ROOT));
            String park = rs.getString("park_id");
            return switch (park == null ? "" : rs.getString("role")) {
                case "park_manager" -> List.of(role, new ParkManagerAuthority(park));
                case "editor" -> List.of(role, new ParkEditorAuthority(park));
                default -> List.of(role);
            };
        }, accountId).stream().flatMap(List::stream).distinct().toList();
    }
}
