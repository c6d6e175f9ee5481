package org.geoparks.catalogue.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards errors to (an error raised outside Spring MVC, a response
 * sent with an error status), and what a client who asks for {@code /error} itself gets: a
 * problem document with the real status, without the container's page or exception details.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.ALL_VALUE)
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
        ProblemDetail problem = code == null
                ? Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no resource at this address.")
                : Problems.of(status, "http-" + status.value(), status.getReasonPhrase(), detail(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.json(problem));
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no resource at this address.";
            case METHOD_NOT_ALLOWED -> "This resource does not answer that method.";
            case BAD_REQUEST -> "The request is malformed: check its address, encoding and headers.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG -> "The request's address or headers are too long.";
            case PAYLOAD_TOO_LARGE -> "The request's body is larger than this resource takes.";
            case HTTP_VERSION_NOT_SUPPORTED -> "Speak HTTP/1.1 or HTTP/2 to the catalogue.";
            default -> status.is5xxServerError()
                    ? "The catalogue failed to answer this request; the failure is logged under the request's id."
                    : "The request cannot be answered as sent.";
        };
    }
}
