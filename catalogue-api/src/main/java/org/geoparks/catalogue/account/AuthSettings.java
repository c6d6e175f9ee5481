package org.geoparks.catalogue.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in ({@code catalogue.auth} in application.yaml).
 *
 * @param tokenLifetime     how long an access token of the catalogue's own is valid
 * @param maxFailedLogins   failed sign-ins allowed per client address and per account in {@code failureWindow}
 * @param failureWindow     how long failed sign-ins are remembered
 * @param issuer            the issuer ({@code iss}) of the catalogue's own tokens
 * @param oidc              an OpenID Connect provider whose tokens are accepted too (off unless its issuer is set)
 */
@ConfigurationProperties("catalogue.auth")
public record AuthSettings(
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("geopark-catalogue") String issuer,
        @DefaultValue Oidc oidc) {

    /**
     * Tokens of an OpenID Connect provider (Keycloak, Azure AD, Google…), for production, where
     * accounts live in the organisation's directory (docs/decisions/0050-rights-per-park.md).
     *
     * @param issuerUri     the provider's issuer; its discovery document gives the signing keys
     * @param jwkSetUri     the signing keys' address, when the provider publishes no discovery document
     * @param audience      the audience ({@code aud}) tokens must name, if any
     * @param usernameClaim the claim naming the person, for the audit log (else {@code sub})
     * @param rolesClaim    the claim (a dotted path into nested objects) holding the catalogue's
     *                      roles: {@code admin}, {@code operator}, {@code manager:<park>}, {@code editor:<park>}
     * @param rolePrefix    a prefix the provider puts before those roles, removed before reading them
     */
    public record Oidc(String issuerUri, String jwkSetUri, String audience,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("roles") String rolesClaim,
                       @DefaultValue("") String rolePrefix) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
