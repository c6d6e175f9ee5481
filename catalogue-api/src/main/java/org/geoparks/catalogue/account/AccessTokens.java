package org.geoparks.catalogue.account;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * The catalogue's own access tokens: signed JWTs (HS256) naming the account, its roles, the parks
 * it manages and the parks whose content it edits. Verifying one costs a hash, not a password
 * check, so that no request pays for a password but the one that signs in.
 */
@Component
public class AccessTokens {

    static final String ROLES = "roles";
    static final String PARKS = "parks";
    static final String EDITOR_PARKS = "editor_parks";

    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final AuthSettings settings;

    AccessTokens(SigningKey key, AuthSettings settings) {
        this.settings = settings;
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key.key()));
        this.decoder = NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer()));
    }

    /** A token for an account that has just proved who it is, carrying the rights its authorities grant. */
    public Jwt issue(String username, Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = new TreeSet<>();
        Set<String> parks = new TreeSet<>();
        Set<String> editorParks = new TreeSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof ParkManagerAuthority manager) {
                parks.add(manager.parkId());
            } else if (authority instanceof ParkEditorAuthority editor) {
                editorParks.add(editor.parkId());
            } else if (authority.getAuthority().startsWith("ROLE_")) {
                roles.add(authority.getAuthority().substring(5).toLowerCase(Locale.ROOT));
            }
        }
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plus(settings.tokenLifetime()))
                .claim(ROLES, List.copyOf(roles))
                .claim(PARKS, List.copyOf(parks))
                .claim(EDITOR_PARKS, List.copyOf(editorParks))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
    }

    JwtDecoder decoder() {
        return decoder;
    }

    String issuer() {
        return settings.issuer();
    }

    /** The authorities a token grants: its roles, and a typed right per park it manages or edits. */
    static List<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        strings(jwt, ROLES).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT))));
        strings(jwt, PARKS).forEach(park -> authorities.add(new ParkManagerAuthority(park)));
        strings(jwt, EDITOR_PARKS).forEach(park -> authorities.add(new ParkEditorAuthority(park)));
        return authorities;
    }

    private static List<String> strings(Jwt jwt, String claim) {
        List<String> values = jwt.getClaimAsStringList(claim);
        return values == null ? List.of() : values;
    }
}
