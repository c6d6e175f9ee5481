package org.geoparks.catalogue.sign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One inspection of a sign: when, by whom, what it was found like, and the photo taken.
 *
 * @param photoUrl a photo kept elsewhere (an http(s) address), or the address of the one uploaded
 *                 (for the park's managers only: a phone photo may carry its position)
 */
public record Inspection(long id, @JsonProperty("sign") String signId, @JsonProperty("inspected_on") LocalDate inspectedOn, String inspector,
                         SignCondition condition, String note, @JsonProperty("photo_url") String photoUrl,
                         @JsonProperty("recorded_by") String recordedBy, @JsonProperty("recorded_at") Instant recordedAt) {
}
