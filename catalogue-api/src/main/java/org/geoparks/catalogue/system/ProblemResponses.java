package org.geoparks.catalogue.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.provenance.ImportRejectedException;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem+json with a title, a
 * detail a person can act on, and the field at fault where there is one.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** Problem types are tag URIs (RFC 4151): stable names that do not pretend to be pages. */
    static final String TYPE_BASE = "tag:geoparks.catalogue,2026:problem/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidRecordException.class)
    ProblemDetail invalidRecord(InvalidRecordException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-record", "Invalid record", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(LanguageTag.InvalidLanguageTagException.class)
    ProblemDetail invalidLanguage(LanguageTag.InvalidLanguageTagException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-language", "Invalid language", e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail badParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Invalid request parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(LanguagePreference.UnsupportedLanguageException.class)
    ProblemDetail unsupportedLanguage(LanguagePreference.UnsupportedLanguageException e) {
        return problem(HttpStatus.BAD_REQUEST, "unsupported-language", "Language not served", e.getMessage());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "import-rejected", "Record rejected", e.getMessage());
        problem.setProperty("record", e.recordId());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "edit-conflict", "Edited by somebody else",
                "The record changed since you read it. Reload it and apply your change again.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Write refused by the database: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "integrity", "Refused by the catalogue's rules",
                e.getMostSpecificCause().getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The catalogue failed to answer this request; the failure is logged. Try again, and report it if it persists.");
    }

    /** Spring's own handlers answer framework errors; a 5xx among them must still be logged. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Failure while answering {}", request.getDescription(false), e);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
