package org.geoparks.catalogue.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operators' webhooks ({@code catalogue.webhooks} in application.yaml).
 *
 * @param deliver             whether this instance posts notifications (command-line tools do not)
 * @param pollInterval        how often due deliveries are looked for
 * @param lookahead           how far ahead a route's hazards count: one that starts tomorrow is news today
 * @param sweepInterval       how often every subscribed route is compared anyway, for hazards whose
 *                            season opens or closes without any edit
 * @param maxAttempts         attempts before a delivery is given up (marked failed)
 * @param firstRetry          the wait before the second attempt; it doubles with each further one
 * @param maxRetry            the longest wait between two attempts
 * @param timeout             how long a receiver may take to answer
 * @param lease               how long a claimed delivery is left to the instance that claimed it
 * @param allowPrivateTargets whether URLs may point at loopback or private addresses (tests, closed networks)
 */
@ConfigurationProperties("catalogue.webhooks")
public record WebhookSettings(
        @DefaultValue("true") boolean deliver,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2d") Duration lookahead,
        @DefaultValue("15m") Duration sweepInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("false") boolean allowPrivateTargets) {

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /**
     * The wait after the {@code attempts}-th failed attempt, spread up to a quarter either way by
     * {@code unit} (0 to 1), never beyond {@link #maxRetry}: deliveries that failed together — one
     * outage, many receivers — are not all tried again in the same second.
     */
    Duration retryAfter(int attempts, double unit) {
        long spread = Math.round(retryAfter(attempts).toMillis() * (0.75 + 0.5 * Math.clamp(unit, 0.0, 1.0)));
        return Duration.ofMillis(Math.min(spread, maxRetry.toMillis()));
    }
}
