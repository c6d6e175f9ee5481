package org.geoparks.catalogue.operator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts every request to the operators' API against its client's quota and says where the client
 * stands in the RateLimit headers (IETF draft "RateLimit header fields for HTTP": limit, remaining,
 * seconds to reset, and the policy). Past the quota: 429, {@code Retry-After} and a problem
 * document. Runs after the security chain, so that it knows the request's key.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final List<PathPattern> paths;

    RateLimitFilter(RateLimits limits, OperatorSettings settings) {
        this.limits = limits;
        this.paths = settings.limitedPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return true; // CORS preflights are the browser's, not the client's
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return paths.stream().noneMatch(p -> p.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Decision decision = limits.take(client(request));
        response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        response.setHeader("RateLimit-Policy", decision.limit() + ";w=" + limits.window().toSeconds());
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            boolean anonymous = OperatorAuthentication.current().isEmpty() && signedIn().isEmpty();
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "This client may make " + decision.limit() + " requests every " + limits.window().toSeconds()
                            + " s to the routes API; try again in " + decision.retryAfterSeconds() + " s."
                            + (anonymous ? " Tour operators get a larger quota with an API key (X-API-Key)." : ""),
                    Map.of("limit", decision.limit(), "window_seconds", limits.window().toSeconds(),
                            "retry_after_seconds", decision.retryAfterSeconds()));
            return;
        }
        chain.doFilter(request, response);
    }

    private RateLimits.Client client(HttpServletRequest request) {
        Optional<OperatorKey> key = OperatorAuthentication.current();
        if (key.isPresent()) {
            return limits.operator(key.get().prefix());
        }
        return signedIn().map(limits::account).orElseGet(() -> limits.anonymous(request.getRemoteAddr()));
    }

    private static Optional<String> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }
}
