package org.geoparks.catalogue.account;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens the service accepts: always its own (signed in at {@code /api/v1/auth/token}),
 * and, when {@code catalogue.auth.oidc.issuer-uri} is set, an OpenID Connect provider's. A token
 * is checked by the verifier of the issuer it names — signature, issuer, expiry (and audience for
 * the provider) — so a token of one can never pass as the other's.
 */
@Component
class BearerTokens {

    private final AccessTokens own;
    private final AuthSettings.Oidc oidc;
    private final OidcClaims claims;
    private final JwtDecoder oidcDecoder;

    BearerTokens(AccessTokens own, AuthSettings settings) {
        this.own = own;
        this.oidc = settings.oidc();
        this.claims = new OidcClaims(oidc);
        this.oidcDecoder = oidc.enabled() ? providerDecoder(oidc) : null;
    }

    /** The provider's keys are fetched on the first token, so the service starts while the provider is down. */
    private static JwtDecoder providerDecoder(AuthSettings.Oidc oidc) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(oidc.audience())));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank()
                    ? NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build()
                    : NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    JwtDecoder decoder() {
        if (oidcDecoder == null) {
            return own.decoder();
        }
        return token -> {
            String issuer = issuerOf(token);
            if (own.issuer().equals(issuer)) {
                return own.decoder().decode(token);
            }
            if (oidc.issuerUri().equals(issuer)) {
                return oidcDecoder.decode(token);
            }
            throw new BadJwtException("The token's issuer is not one the catalogue trusts.");
        };
    }

    /** Who a verified token speaks for, and with what rights. */
    AbstractAuthenticationToken authentication(Jwt jwt) {
        if (oidcDecoder != null && oidc.issuerUri().equals(jwt.getClaimAsString(JwtClaimNames.ISS))) {
            return new JwtAuthenticationToken(jwt, claims.authorities(jwt), claims.username(jwt));
        }
        return new JwtAuthenticationToken(jwt, AccessTokens.authorities(jwt), jwt.getSubject());
    }

    /** The issuer a token names, read before it is verified only to choose who verifies it. */
    private static String issuerOf(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new BadJwtException("The token is not a JWT.");
        }
    }
}
