package org.geoparks.catalogue.operator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * One token bucket per client of the operators' API: per key for operators, per address for
 * anonymous clients. A bucket holds the window's quota and is refilled whole when the window has
 * passed (Bucket4j's intervally refill), which is what the RateLimit headers tell clients.
 * Buckets live in this instance's memory (docs/decisions/0061-quotas-per-instance.md).
 */
@Component
class RateLimits {

    /** Who is counted, and against which quota. */
    record Client(String id, int limit) {
    }

    /** The outcome of one request against its client's bucket. */
    record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final OperatorSettings settings;
    private final Cache<String, Bucket> buckets;

    RateLimits(OperatorSettings settings) {
        this.settings = settings;
        // a bucket not used for two windows is full again anyway: forgetting it changes nothing
        this.buckets = Caffeine.newBuilder().expireAfterAccess(settings.window().multipliedBy(2)).maximumSize(200_000).build();
    }

    Client anonymous(String address) {
        return new Client("client:" + address, settings.anonymousLimit());
    }

    Client operator(String keyPrefix) {
        return new Client("key:" + keyPrefix, settings.operatorLimit());
    }

    Client account(String username) {
        return new Client("account:" + username, settings.operatorLimit());
    }

    Duration window() {
        return settings.window();
    }

    Decision take(Client client) {
        Bucket bucket = buckets.get(client.id() + "/" + client.limit(), id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(client.limit()).refillIntervally(client.limit(), settings.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        return new Decision(probe.isConsumed(), client.limit(), probe.getRemainingTokens(), reset,
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
