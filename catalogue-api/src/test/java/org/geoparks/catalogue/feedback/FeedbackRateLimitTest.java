package org.geoparks.catalogue.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedbackRateLimitTest {

    @Test
    void eachClientHasItsOwnAllowanceAndIsToldHowLongToWait() {
        FeedbackRateLimit limit = new FeedbackRateLimit(new FeedbackSettings(1000, 2, Duration.ofMinutes(10), 1000));
        assertThat(limit.take("192.0.2.1")).isEmpty();
        assertThat(limit.take("192.0.2.1")).isEmpty();
        assertThat(limit.take("192.0.2.1").orElseThrow()).as("seconds to wait").isBetween(1L, 301L);
        assertThat(limit.take("192.0.2.2")).as("another client").isEmpty();
    }
}
