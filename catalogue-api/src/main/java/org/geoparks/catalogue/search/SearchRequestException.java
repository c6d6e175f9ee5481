package org.geoparks.catalogue.search;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A search parameter that cannot be used: a 400 problem naming the parameter and what to send instead. */
public class SearchRequestException extends ErrorResponseException {

    private final String parameter;

    public SearchRequestException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("tag:geoparks.catalogue,2026:problem/bad-parameter"));
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
