package org.geoparks.catalogue.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** A piece of feedback as managers see it; the public sees fewer fields ({@link PublicFeedback}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FeedbackItem(
        long id,
        @JsonProperty("place") String placeId,
        @JsonProperty("place_name") Map<String, String> placeName,
        @JsonProperty("park") String parkId,
        int rating,
        String comment,
        String language,
        String status,
        @JsonProperty("submitted_at") Instant submittedAt,
        @JsonProperty("moderated_at") Instant moderatedAt,
        @JsonProperty("moderated_by") String moderatedBy) {

    /** What the public may read of approved feedback: no ids of moderators, no queue state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublicFeedback(int rating, String comment, String language, @JsonProperty("submitted_at") Instant submittedAt) {
    }

    PublicFeedback forPublic() {
        return new PublicFeedback(rating, comment, language, submittedAt);
    }
}
