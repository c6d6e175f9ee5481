package org.geoparks.catalogue.system;

import jakarta.servlet.http.HttpServletRequest;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.provenance.ImportRejectedException;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem+json with a title, a
 * detail a person can act on, the field or parameter at fault where there is one, and the
 * request's id. What went wrong inside (SQL, database messages, stack traces) goes to the log
 * under that id, never to the client.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return Problems.answer(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ProblemDetail> invalidRecord(InvalidRecordException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-record", "Invalid record", e.getMessage());
        problem.setProperty("field", e.field());
        return Problems.answer(problem);
    }

    @ExceptionHandler(LanguageTag.InvalidLanguageTagException.class)
    ResponseEntity<ProblemDetail> invalidLanguage(LanguageTag.InvalidLanguageTagException e) {
        return Problems.answer(Problems.of(HttpStatus.BAD_REQUEST, "invalid-language", "Invalid language", e.getMessage()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(InvalidParameterException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", "Invalid request parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return Problems.answer(problem);
    }

    @ExceptionHandler(LanguagePreference.UnsupportedLanguageException.class)
    ResponseEntity<ProblemDetail> unsupportedLanguage(LanguagePreference.UnsupportedLanguageException e) {
        return Problems.answer(Problems.of(HttpStatus.BAD_REQUEST, "unsupported-language", "Language not served", e.getMessage()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "import-rejected", "Record rejected", e.getMessage());
        problem.setProperty("record", e.recordId());
        return Problems.answer(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit(ObjectOptimisticLockingFailureException e) {
        return Problems.answer(Problems.of(HttpStatus.CONFLICT, "edit-conflict", "Edited by somebody else",
                "The record changed since you read it. Reload it and apply your change again."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("Write refused by the database: {}", e.getMostSpecificCause().getMessage());
        return Problems.answer(Problems.of(HttpStatus.CONFLICT, "integrity", "Refused by the catalogue's rules",
                "The catalogue's database refused this change as inconsistent with its records (the log says which rule, under the request's id)."));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e, HttpServletRequest request) {
        log.error("The database did not answer {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                        "The catalogue cannot reach its database just now. Try again in a minute."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The catalogue failed to answer this request; the failure is logged under the request's id. Try again, and report it with the id if it persists."));
    }

    /**
     * No format the client accepts: still a problem document. Its type is set here, so that
     * writing it does not depend on the Accept header that could not be met (or parsed).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "No acceptable format",
                "The Accept header asks for no format this resource has; send Accept: application/json (or leave it out), or use the f parameter.");
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.json(problem));
    }

    /** Spring's own answers to framework errors get the request's id; a 5xx among them is logged. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Failure while answering {}", request.getDescription(false), e);
        }
        if (body instanceof ProblemDetail problem) {
            Object id = org.slf4j.MDC.get(RequestIds.MDC_KEY);
            if (id != null) {
                problem.setProperty("request", id);
            }
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(java.net.URI.create(Problems.TYPE_BASE + "http-" + status.value()));
            }
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        if (body instanceof ProblemDetail) {
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.handleExceptionInternal(e, body, problemHeaders, status, request);
    }
}
