package org.geoparks.catalogue.operator;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.account.AdditionalAuthentication;
import org.geoparks.catalogue.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry an operator's key in {@value #HEADER}. A request without the
 * header is left alone (anonymous, or a bearer token); one with a key that is unknown, malformed
 * or revoked is refused (401) rather than served as anonymous, so that an operator learns at
 * once that its key no longer works.
 */
@Component
class ApiKeyAuthentication implements AdditionalAuthentication {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;

    ApiKeyAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Filter filter() {
        return new KeyFilter();
    }

    @Override
    public boolean presentedBy(HttpServletRequest request) {
        return request.getHeader(HEADER) != null;
    }

    private final class KeyFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String presented = request.getHeader(HEADER);
            if (presented == null) {
                chain.doFilter(request, response);
                return;
            }
            Optional<OperatorKey> key = keys.authenticate(presented);
            if (key.isEmpty()) {
                response.setHeader("WWW-Authenticate", "ApiKey realm=\"geopark-catalogue\", header=\"" + HEADER + "\"");
                Problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-api-key", "API key refused",
                        "The key in " + HEADER + " is unknown, malformed or revoked. Ask the geopark for a new key, or leave the header out to read the public API anonymously.",
                        Map.of());
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new OperatorAuthentication(key.get()));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
        }
    }
}
