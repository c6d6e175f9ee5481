package org.geoparks.catalogue.editing;

import org.geoparks.catalogue.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of edits, wherever they came in (the catalogue's API, OGC API – Features Part 4):
 * 428 without a precondition, 412 with the current version when the record changed since it was
 * read, 409 when an edit must be confirmed, 413 and 415 for uploads it does not take.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditProblems {

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> required(PreconditionRequiredException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required", e.getMessage()));
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> failed(PreconditionFailedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "edit-conflict", "Changed since you read it", e.getMessage());
        problem.setProperty("record", e.id());
        problem.setProperty("current_version", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ETAG, ExpectedVersion.etag(e.currentVersion())).body(problem);
    }

    @ExceptionHandler(UnacceptableUploadException.class)
    ResponseEntity<ProblemDetail> upload(UnacceptableUploadException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, e.tooLarge() ? "upload-too-large" : "unsupported-upload",
                        e.tooLarge() ? "Upload too large" : "File type not accepted", e.getMessage()));
    }

    @ExceptionHandler(ConfirmationRequiredException.class)
    ResponseEntity<ProblemDetail> confirm(ConfirmationRequiredException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "confirmation-required", "Please confirm", e.getMessage());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
