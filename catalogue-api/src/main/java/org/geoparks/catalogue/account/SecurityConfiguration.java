package org.geoparks.catalogue.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.system.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reading the public catalogue needs no account and never checks one: a request that carries no
 * bearer token is anonymous, whatever else it sends. Writes need a bearer token — the catalogue's
 * own, from {@code POST /api/v1/auth/token}, or an OpenID Connect provider's ({@link BearerTokens})
 * — checked by a signature, not a password. Refusals are problem documents like every other error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Pages of the service may load their own scripts, styles and images; nothing inline runs, nothing frames them. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "connect-src 'self'; font-src 'self'; media-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private static final AuthenticationEntryPoint UNAUTHENTICATED = (request, response, e) -> {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"geopark-catalogue\"");
        Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "Sign in (POST /api/v1/auth/token) and send the token as Authorization: Bearer …; an expired or altered token is refused.",
                Map.of());
    };
    private static final AccessDeniedHandler FORBIDDEN = (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
            "forbidden", "Not allowed", "Your account has no right to do this.", Map.of());

    /**
     * A read that carries no credential at all — what every visitor's map sends, thousands a
     * second — passes a short chain: no token, key or session to look for, only the headers every
     * answer carries. It is anonymous in the full chain too; this one only skips the looking.
     */
    @Bean
    @Order(1)
    SecurityFilterChain anonymousReads(HttpSecurity http, ObjectProvider<AdditionalAuthentication> additional) throws Exception {
        List<AdditionalAuthentication> others = additional.orderedStream().toList();
        RequestMatcher anonymousRead = request -> READS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && others.stream().noneMatch(other -> other.presentedBy(request))
                && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
        return headers(http.securityMatcher(anonymousRead))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(UNAUTHENTICATED).accessDeniedHandler(FORBIDDEN))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, BearerTokens tokens, ObjectProvider<AdditionalAuthentication> additional) throws Exception {
        for (AdditionalAuthentication other : additional.orderedStream().toList()) {
            http.addFilterBefore(other.filter(), BearerTokenAuthenticationFilter.class);
        }
        return headers(http)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // visitors' feedback needs no account: it is rate limited and waits for moderation
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens::authentication))
                        .authenticationEntryPoint(UNAUTHENTICATED)
                        .accessDeniedHandler(FORBIDDEN))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(UNAUTHENTICATED).accessDeniedHandler(FORBIDDEN))
                .build();
    }

    /** The headers every answer carries, whichever chain it passed. */
    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    /**
     * No observation around each security filter: nothing here reads them (no tracing is exported),
     * and wrapping every filter of every request cost more than serving a cached page.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Requests Spring Security's firewall refuses (encoded slashes, "..;", NUL in the path): a problem document too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> Problems.write(response, HttpStatus.BAD_REQUEST, "rejected-request", "Request refused",
                "The request's address is not one the catalogue accepts (encoded slashes, '..' segments, control characters).", Map.of());
    }

    @Bean
    JwtDecoder jwtDecoder(BearerTokens tokens) {
        return tokens.decoder();
    }
}
