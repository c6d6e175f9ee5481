package org.geoparks.catalogue.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.operator.OperatorAuthentication;
import org.geoparks.catalogue.operator.OperatorKey;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.system.Problems;
import org.geoparks.catalogue.system.PublicUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' webhook subscriptions, each an operator's own (its API key says whose): subscribe
 * to routes or parks, list, read the delivery log, unsubscribe. The signing secret is shown once,
 * when the subscription is made.
 */
@RestController
class WebhookController {

    static final int MAX_ROUTES = 200;

    private final Subscriptions subscriptions;
    private final RouteWatch watch;
    private final WebhookSettings settings;
    private final PublicUrl publicUrl;

    WebhookController(Subscriptions subscriptions, RouteWatch watch, WebhookSettings settings, PublicUrl publicUrl) {
        this.subscriptions = subscriptions;
        this.watch = watch;
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    /** What an operator sends to subscribe. */
    record SubscriptionRequest(String url, List<String> routes, List<String> parks, String lang) {
    }

    @PostMapping(path = "/api/v1/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> subscribe(@RequestBody SubscriptionRequest request) {
        OperatorKey operator = operator();
        if (request == null) {
            throw new InvalidRecordException("url", "send {\"url\": …, \"routes\": […] and/or \"parks\": […]}");
        }
        URI url;
        try {
            url = TargetAddresses.check(request.url(), settings.allowPrivateTargets());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("url", e.getMessage());
        }
        List<String> routes = ids(request.routes());
        List<String> parks = ids(request.parks());
        if (routes.isEmpty() && parks.isEmpty()) {
            throw new InvalidRecordException("routes", "name the routes (\"routes\": [ids]) or parks (\"parks\": [ids]) to follow");
        }
        if (routes.size() > MAX_ROUTES) {
            throw new InvalidRecordException("routes", "at most " + MAX_ROUTES + " routes per subscription; follow their park instead");
        }
        List<String> unknownRoutes = new ArrayList<>(routes);
        unknownRoutes.removeAll(subscriptions.existingRoutes(routes));
        if (!unknownRoutes.isEmpty()) {
            throw new InvalidRecordException("routes", "no such route: " + String.join(", ", unknownRoutes) + " (GET /api/v1/routes lists them)");
        }
        List<String> unknownParks = new ArrayList<>(parks);
        unknownParks.removeAll(subscriptions.existingParks(parks));
        if (!unknownParks.isEmpty()) {
            throw new InvalidRecordException("parks", "no such park: " + String.join(", ", unknownParks));
        }
        String language;
        try {
            language = request.lang() == null ? "en" : LanguagePreference.explicit(request.lang()).primary();
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("lang", e.getMessage());
        }
        String secret = Signatures.newSecret();
        long id = subscriptions.create(operator.accountId(), url.toString(), secret, routes, parks, language);
        watch.baseline(id);
        Map<String, Object> body = view(subscriptions.get(id).orElseThrow());
        body.put("secret", secret);
        return ResponseEntity.created(URI.create(publicUrl.base() + "/api/v1/webhooks/" + id))
                .cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> list() {
        OperatorKey operator = operator();
        List<Map<String, Object>> items = subscriptions.ofAccount(operator.accountId()).stream().map(this::view).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("subscriptions", items));
    }

    @GetMapping(path = "/api/v1/webhooks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(own(id)));
    }

    @DeleteMapping(path = "/api/v1/webhooks/{id}")
    ResponseEntity<Void> unsubscribe(@PathVariable long id) {
        Subscriptions.Subscription s = own(id);
        subscriptions.delete(s.id(), s.accountId());
        return ResponseEntity.noContent().build();
    }

    /** The delivery log: the latest notifications, each with every attempt. */
    @GetMapping(path = "/api/v1/webhooks/{id}/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional(readOnly = true)
    ResponseEntity<Map<String, Object>> deliveries(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
        Subscriptions.Subscription s = own(id);
        if (limit < 1 || limit > 500) {
            throw new org.geoparks.catalogue.support.InvalidParameterException("limit", "limit must be between 1 and 500");
        }
        List<Subscriptions.Delivery> deliveries = subscriptions.deliveries(s.id(), limit);
        Map<String, List<Map<String, Object>>> attempts = new LinkedHashMap<>();
        for (Subscriptions.Attempt a : subscriptions.attempts(deliveries.stream().map(Subscriptions.Delivery::id).toList())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("attempt", a.attempt());
            m.put("at", a.at());
            m.put("status_code", a.statusCode());
            m.put("error", a.error());
            m.put("duration_ms", a.durationMs());
            attempts.computeIfAbsent(a.deliveryId(), k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Subscriptions.Delivery d : deliveries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("route", d.routeId());
            m.put("status", d.status());
            m.put("attempts", d.attempts());
            m.put("created_at", d.createdAt());
            m.put("delivered_at", d.deliveredAt());
            m.put("next_attempt_at", "pending".equals(d.status()) ? d.nextAttemptAt() : null);
            m.put("log", attempts.getOrDefault(d.id(), List.of()));
            items.add(m);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("deliveries", items));
    }

    private Subscriptions.Subscription own(long id) {
        OperatorKey operator = operator();
        return subscriptions.get(id).filter(s -> s.accountId() == operator.accountId())
                .orElseThrow(() -> new NotFoundException("webhook subscription of yours", Long.toString(id)));
    }

    private Map<String, Object> view(Subscriptions.Subscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("url", s.url());
        m.put("routes", s.routes());
        m.put("parks", s.parks());
        m.put("lang", s.language());
        m.put("created_at", s.createdAt());
        m.put("deliveries", publicUrl.base() + "/api/v1/webhooks/" + s.id() + "/deliveries");
        return m;
    }

    private static List<String> ids(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String id : given) {
            if (id == null || id.isBlank()) {
                throw new InvalidRecordException("routes", "an empty id; list ids such as \"cb-route-classic-waterfall-to-pac-bo\"");
            }
            if (!out.contains(id.strip())) {
                out.add(id.strip());
            }
        }
        return out;
    }

    private static OperatorKey operator() {
        return OperatorAuthentication.current().orElseThrow(NeedsOperatorKey::new);
    }

    static final class NeedsOperatorKey extends RuntimeException {
        NeedsOperatorKey() {
            super("Webhooks belong to tour operators' API keys: send yours as X-API-Key.");
        }
    }

    @ExceptionHandler(NeedsOperatorKey.class)
    ResponseEntity<ProblemDetail> needsKey(NeedsOperatorKey e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"geopark-catalogue\", header=\"X-API-Key\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "api-key-required", "API key required", e.getMessage()));
    }
}
