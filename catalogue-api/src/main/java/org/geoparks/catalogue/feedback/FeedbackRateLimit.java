package org.geoparks.catalogue.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * How much feedback one client may send: a token bucket per client address (Bucket4j), refilled
 * gradually over the window, in memory. Buckets of clients not seen for a window are forgotten,
 * and at most {@code maxClients} are kept, so a flood of addresses cannot exhaust memory; a client
 * forgotten that way starts with a full bucket, which costs little (each piece still waits for
 * moderation). Per instance: behind several instances a client gets that many times the rate.
 */
@Component
class FeedbackRateLimit {

    private final FeedbackSettings settings;
    private final Cache<String, Bucket> buckets;

    FeedbackRateLimit(FeedbackSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder().maximumSize(settings.maxClients()).expireAfterAccess(settings.window()).build();
    }

    /** Takes one token for the client; empty when taken, else the seconds until the next one. */
    OptionalLong take(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.perClient()).refillGreedy(settings.perClient(), settings.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
