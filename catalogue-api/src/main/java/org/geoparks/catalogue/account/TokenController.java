package org.geoparks.catalogue.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing in: an account's name and password for a short-lived access token, sent afterwards as
 * {@code Authorization: Bearer …}. Repeated failures from one address or for one account are
 * refused for a while (429) without checking the password.
 */
@RestController
class TokenController {

    /** What a client sends. */
    record Credentials(String username, String password) {
    }

    private final AuthenticationManager authentication;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;

    TokenController(AuthenticationManager authentication, AccessTokens tokens, LoginThrottle throttle) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestBody Credentials credentials, HttpServletRequest request) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidParameterException("username", "send {\"username\": …, \"password\": …}");
        }
        String username = credentials.username().strip().toLowerCase(java.util.Locale.ROOT);
        String client = request.getRemoteAddr();
        if (!throttle.allows(client, username)) {
            throw new TooManyLogins(throttle.window().toSeconds());
        }
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(new UsernamePasswordAuthenticationToken(username, credentials.password()));
        } catch (AuthenticationException e) {
            throttle.failed(client, username);
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The account name or password is wrong, or the account is disabled.");
        }
        throttle.succeeded(client, username);
        Jwt jwt = tokens.issue(username, signedIn.getAuthorities());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", jwt.getTokenValue());
        body.put("token_type", "Bearer");
        body.put("expires_in", jwt.getExpiresAt().getEpochSecond() - jwt.getIssuedAt().getEpochSecond());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    /** Too many failed sign-ins (429), with how long to wait. */
    static final class TooManyLogins extends ResponseStatusException {
        final long retryAfterSeconds;

        TooManyLogins(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins from this address or for this account; wait "
                    + (retryAfterSeconds / 60) + " minutes and try again.");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            return headers;
        }
    }
}
