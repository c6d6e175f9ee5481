package org.geoparks.catalogue.search;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The index is being built (the first seconds after start-up) or could not be opened: 503, try again shortly. */
public class SearchUnavailableException extends ErrorResponseException {

    public SearchUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(detail), null);
        getHeaders().set("Retry-After", "2");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create("tag:geoparks.catalogue,2026:problem/search-unavailable"));
        problem.setTitle("Search not ready");
        return problem;
    }
}
