package org.geoparks.catalogue.account;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Instant;
import java.util.List;
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
 * The catalogue's own access tokens: signed JWTs (HS256) naming the account, its roles and the
 * parks it manages. Verifying one costs a hash, not a password check, so that no request pays
 * for a password but the one that signs in.
 */
@Component
public class AccessTokens {

    static final String ROLES = "roles";
    static final String PARKS = "parks";

    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final AuthSettings settings;

    AccessTokens(SigningKey key, AuthSettings settings) {
        this.settings = settings;
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key.key()));
        this.decoder = NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer()));
    }

    /** A token for an account that has just proved who it is. */
    public Jwt issue(String username, Set<String> roles, Set<String> parks) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plus(settings.tokenLifetime()))
                .claim(ROLES, List.copyOf(new TreeSet<>(roles)))
                .claim(PARKS, List.copyOf(new TreeSet<>(parks)))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** The authorities a token grants: its roles, and a typed right per park it manages. */
    static List<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList(ROLES);
        List<String> parks = jwt.getClaimAsStringList(PARKS);
        (roles == null ? List.<String>of() : roles).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(java.util.Locale.ROOT))));
        (parks == null ? List.<String>of() : parks).forEach(park -> authorities.add(new ParkManagerAuthority(park)));
        return authorities;
    }
}
