package org.geoparks.catalogue.feedback;

import org.geoparks.catalogue.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Feedback's own refusals as problem+json: too much from one client (429), and the moderators' rights (401, 403). */
@RestControllerAdvice(basePackageClasses = FeedbackProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedbackProblems {

    static final class TooMuchFeedback extends RuntimeException {
        final long retryAfterSeconds;

        TooMuchFeedback(long retryAfterSeconds, FeedbackSettings settings) {
            super("At most " + settings.perClient() + " pieces of feedback are accepted from one address every "
                    + settings.window().toMinutes() + " minutes; try again in " + retryAfterSeconds + " s.");
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("Sign in (POST /api/v1/auth/token) as a manager of the park, and send the token as Authorization: Bearer …, to moderate feedback.");
        }
    }

    static final class NotAllowed extends RuntimeException {
        NotAllowed(String parkId) {
            super(parkId == null ? "Your account manages no park, so it has no feedback to moderate."
                    : "Your account may not moderate the feedback of park '" + parkId + "'.");
        }
    }

    @ExceptionHandler(TooMuchFeedback.class)
    ResponseEntity<ProblemDetail> tooMuch(TooMuchFeedback e) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too much feedback", e.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotSignedIn.class)
    ResponseEntity<ProblemDetail> notSignedIn(NotSignedIn e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"geopark-catalogue\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", e.getMessage()));
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowed e) {
        return Problems.answer(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage()));
    }
}
