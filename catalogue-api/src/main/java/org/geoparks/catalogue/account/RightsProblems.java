package org.geoparks.catalogue.account;

import org.geoparks.catalogue.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the services' own rights checks ({@link ParkRights}), wherever the request came in:
 * 401 with a Bearer challenge without an account, 403 without the right — the same problem
 * documents as the security filters write.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RightsProblems {

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"geopark-catalogue\"")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage()));
    }
}
