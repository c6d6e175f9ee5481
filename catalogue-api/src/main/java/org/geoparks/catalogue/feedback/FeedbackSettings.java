package org.geoparks.catalogue.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of visitor feedback ({@code catalogue.feedback.*} in application.yaml).
 *
 * @param maxCommentLength longest comment accepted, in characters (the database allows up to 4,000)
 * @param perClient        feedback one client (address) may send per {@code window}
 * @param window           the period of {@code perClient}
 * @param maxClients       clients remembered at once by the rate limit (the least recently seen are forgotten)
 */
@ConfigurationProperties("catalogue.feedback")
record FeedbackSettings(
        @DefaultValue("1000") int maxCommentLength,
        @DefaultValue("5") int perClient,
        @DefaultValue("10m") Duration window,
        @DefaultValue("100000") int maxClients) {

    FeedbackSettings {
        if (maxCommentLength < 1 || maxCommentLength > 4000) {
            throw new IllegalArgumentException("catalogue.feedback.max-comment-length must be 1–4000, not " + maxCommentLength);
        }
        if (perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("catalogue.feedback.per-client must be at least 1 and the window positive");
        }
    }
}
