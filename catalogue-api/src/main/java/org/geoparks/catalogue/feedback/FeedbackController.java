package org.geoparks.catalogue.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.geoparks.catalogue.account.ParkScope;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visitors send feedback on a place; managers of its park approve or reject it; the public reads
 * only what was approved.
 */
@RestController
class FeedbackController {

    private static final Set<String> STATES = Set.of("pending", "approved", "rejected");

    private final FeedbackStore store;
    private final FeedbackRateLimit rateLimit;
    private final FeedbackSettings settings;

    FeedbackController(FeedbackStore store, FeedbackRateLimit rateLimit, FeedbackSettings settings) {
        this.store = store;
        this.rateLimit = rateLimit;
        this.settings = settings;
    }

    /** What a visitor sends. */
    record FeedbackBody(String place, Integer rating, String comment, String language) {
    }

    /** A manager's decision. */
    record Decision(String decision) {
    }

    @PostMapping(path = "/api/v1/feedback", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> submit(@RequestBody FeedbackBody body, HttpServletRequest request) {
        if (body == null) {
            throw new InvalidRecordException("place", "send a JSON object with place, rating and comment");
        }
        if (body.rating() == null) {
            throw new InvalidRecordException("rating", "give a rating from 1 to 5");
        }
        FeedbackDraft draft = new FeedbackDraft(body.place(), body.rating(), body.comment(), body.language())
                .limitedTo(settings.maxCommentLength());
        String park = store.parkOfPlace(draft.placeId()).orElseThrow(() -> new InvalidRecordException("place",
                "there is no place '" + draft.placeId() + "' in the catalogue"));
        OptionalLong wait = rateLimit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            throw new FeedbackProblems.TooMuchFeedback(wait.getAsLong(), settings);
        }
        FeedbackItem saved = store.add(draft, park);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", saved.id());
        answer.put("status", saved.status());
        answer.put("detail", "Thank you. Your feedback is kept for the park's managers, and shown to others once they approve it.");
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore()).body(answer);
    }

    /** A place's approved feedback. */
    record PlaceFeedback(String place, long count, @JsonProperty("average_rating") Double averageRating,
                         List<FeedbackItem.PublicFeedback> items) {
    }

    @GetMapping(path = "/api/v1/places/{id}/feedback", produces = "application/json")
    ResponseEntity<PlaceFeedback> ofPlace(@PathVariable String id, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidParameterException("limit", "limit must be 1–100, not " + limit);
        }
        store.parkOfPlace(id).orElseThrow(() -> new NotFoundException("place", id));
        FeedbackStore.Summary summary = store.summary(id);
        List<FeedbackItem.PublicFeedback> items = store.approved(id, limit).stream().map(FeedbackItem::forPublic).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(new PlaceFeedback(id, summary.count(), summary.averageRating(), items));
    }

    /** The moderation queue (or what was decided) of the parks the caller manages, or of one of them. */
    @GetMapping(path = "/api/v1/feedback", produces = "application/json")
    ResponseEntity<Map<String, Object>> queue(@RequestParam(required = false) String park, @RequestParam(defaultValue = "pending") String status,
                                              @RequestParam(defaultValue = "50") int limit) {
        if (!STATES.contains(status)) {
            throw new InvalidParameterException("status", "status must be pending, approved or rejected, not '" + status + "'");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidParameterException("limit", "limit must be 1–500, not " + limit);
        }
        ParkScope scope = signedInScope();
        List<String> parks;
        if (park != null) {
            if (!scope.manages(park)) {
                throw new FeedbackProblems.NotAllowed(park);
            }
            parks = List.of(park);
        } else {
            parks = scope.allParks() ? null : List.copyOf(scope.managedParks());
        }
        if (parks != null && parks.isEmpty()) {
            throw new FeedbackProblems.NotAllowed(null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("items", store.ofParks(parks, status, limit));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    @PutMapping(path = "/api/v1/feedback/{id}/moderation", consumes = "application/json", produces = "application/json")
    ResponseEntity<FeedbackItem> moderate(@PathVariable long id, @RequestBody Decision body) {
        String status = switch (body == null || body.decision() == null ? "" : body.decision()) {
            case "approve", "approved" -> "approved";
            case "reject", "rejected" -> "rejected";
            default -> throw new InvalidRecordException("decision", "decide 'approve' or 'reject'");
        };
        ParkScope scope = signedInScope();
        FeedbackItem item = store.find(id).orElseThrow(() -> new NotFoundException("feedback", Long.toString(id)));
        if (!scope.manages(item.parkId())) {
            throw new FeedbackProblems.NotAllowed(item.parkId());
        }
        String moderator = SecurityContextHolder.getContext().getAuthentication().getName();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(store.decide(id, status, moderator).orElseThrow(
                () -> new NotFoundException("feedback", Long.toString(id))));
    }

    private static ParkScope signedInScope() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            throw new FeedbackProblems.NotSignedIn();
        }
        return ParkScope.of(caller);
    }
}
