package org.geoparks.catalogue.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the catalogue's rights from an OpenID Connect provider's token: the person's name for the
 * audit log, and roles — {@code admin}, {@code operator}, {@code manager:<park>},
 * {@code editor:<park>} — from a configurable claim (a dotted path such as
 * {@code realm_access.roles} for Keycloak), after removing a configurable prefix. Values that are
 * not the catalogue's roles are ignored: a directory holds many other groups.
 */
final class OidcClaims {

    private static final Pattern PARK_ROLE = Pattern.compile("^(manager|park_manager|editor):([a-z0-9][a-z0-9-]{1,79})$");

    private final AuthSettings.Oidc settings;

    OidcClaims(AuthSettings.Oidc settings) {
        this.settings = settings;
    }

    /** The name the audit log writes: the username claim, else the subject. */
    String username(Jwt jwt) {
        String name = jwt.getClaimAsString(settings.usernameClaim());
        return name == null || name.isBlank() ? jwt.getSubject() : name;
    }

    List<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : roles(jwt)) {
            String role = value.startsWith(settings.rolePrefix()) ? value.substring(settings.rolePrefix().length()) : null;
            if (role == null) {
                continue;
            }
            role = role.strip().toLowerCase(Locale.ROOT);
            Matcher park = PARK_ROLE.matcher(role);
            if (park.matches()) {
                boolean editor = park.group(1).equals("editor");
                authorities.add(new SimpleGrantedAuthority(editor ? Roles.EDITOR : Roles.PARK_MANAGER));
                authorities.add(editor ? new ParkEditorAuthority(park.group(2)) : new ParkManagerAuthority(park.group(2)));
            } else if (role.equals("admin")) {
                authorities.add(new SimpleGrantedAuthority(Roles.ADMIN));
            } else if (role.equals("operator")) {
                authorities.add(new SimpleGrantedAuthority(Roles.OPERATOR));
            }
        }
        return authorities.stream().distinct().toList();
    }

    /** The values at the roles claim's path: a list of strings, or one string of space-separated values. */
    private List<String> roles(Jwt jwt) {
        Object node = jwt.getClaims();
        for (String step : settings.rolesClaim().split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (node instanceof Collection<?> values) {
            return values.stream().filter(v -> v instanceof String).map(String.class::cast).toList();
        }
        if (node instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        return List.of();
    }
}
