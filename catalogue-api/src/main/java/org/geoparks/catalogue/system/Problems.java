package org.geoparks.catalogue.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * RFC 9457 problem documents: the one shape of every error the catalogue answers, whether Spring
 * MVC, Spring Security, a servlet filter or Tomcat itself refuses the request. Each carries the
 * request's id, which the service's logs carry too, and never a stack trace, SQL or file path.
 */
public final class Problems {

    /** Problem types are tag URIs (RFC 4151): stable names that do not pretend to be pages. */
    public static final String TYPE_BASE = "tag:geoparks.catalogue,2026:problem/";

    /** Writes problems as Spring does (extra properties at the top level), without nulls. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Problems() {
    }

    /** As a response whose type is set here, so that writing it never depends on an Accept header that cannot be met. */
    public static org.springframework.http.ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return org.springframework.http.ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        String request = MDC.get(RequestIds.MDC_KEY);
        if (request != null) {
            problem.setProperty("request", request);
        }
        return problem;
    }

    /** Writes a problem straight to a servlet response (outside Spring MVC). */
    public static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
                             Map<String, Object> properties) throws IOException {
        ProblemDetail problem = of(status, type, title, detail);
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** The JSON of a problem, for writers that are neither Spring MVC nor a servlet response (Tomcat's valve). */
    public static String json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
