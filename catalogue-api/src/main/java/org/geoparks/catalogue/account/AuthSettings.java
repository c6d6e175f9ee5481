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
 */
@ConfigurationProperties("catalogue.auth")
public record AuthSettings(
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("geopark-catalogue") String issuer) {
}
