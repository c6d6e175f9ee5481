package org.geoparks.catalogue.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.geoparks.catalogue.changelog.CatalogueChanged;
import org.geoparks.catalogue.changelog.Change;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.itinerary.RouteDocuments;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.system.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides when subscribers are told: a route's situation — the hazards in force on it from now
 * to the look-ahead, and its closed and cautioned stops — is compared with what the subscriber
 * was last told; any difference is one notification, queued with the new state in one
 * transaction that holds the state's row. Every instance reacts to the change log, but the
 * second one to look finds the state already moved: each notification is queued once.
 *
 * <p>What makes it look: change-log entries of hazards (also types {@code hazard-…}, such as a
 * season opening), places (a closure) and routes, in every instance; and a sweep every
 * {@link WebhookSettings#sweepInterval()}, for seasons that open or close without any entry.
 */
@Component
class RouteWatch {

    private static final Logger log = LoggerFactory.getLogger(RouteWatch.class);

    private final Subscriptions subscriptions;
    private final RouteDocuments routes;
    private final WebhookSettings settings;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final PublicUrl publicUrl;
    private final Clock clock;

    RouteWatch(Subscriptions subscriptions, RouteDocuments routes, WebhookSettings settings, TransactionTemplate transactions,
               ObjectMapper json, PublicUrl publicUrl, ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.routes = routes;
        this.settings = settings;
        this.transactions = transactions;
        this.json = json;
        this.publicUrl = publicUrl;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Whether an entry of the change log may change what subscribers are told. */
    static boolean concernsRoutes(Change change) {
        String type = change.entityType();
        return type.equals("hazard") || type.startsWith("hazard-") || type.equals("place") || type.equals("route");
    }

    @EventListener
    void on(CatalogueChanged changed) {
        List<Change> relevant = changed.changes().stream().filter(RouteWatch::concernsRoutes).toList();
        if (relevant.isEmpty()) {
            return;
        }
        // a change of no park (or of several) may concern any route; otherwise the routes of its parks
        boolean anyPark = relevant.stream().anyMatch(c -> c.parkId() == null);
        List<String> parks = anyPark ? null : relevant.stream().map(Change::parkId).distinct().toList();
        compareAll(subscriptions.watched(null, parks));
    }

    @Scheduled(fixedDelayString = "${catalogue.webhooks.sweep-interval:15m}", initialDelayString = "${catalogue.webhooks.sweep-interval:15m}")
    void sweep() {
        if (settings.deliver()) {
            compareAll(subscriptions.watched(null, null));
        }
    }

    /** Records what a new subscription's routes are like now, so that it is told of changes from here on. */
    void baseline(long subscriptionId) {
        compareAll(subscriptions.watched(subscriptionId, null));
    }

    private void compareAll(List<Subscriptions.Watched> watched) {
        for (Subscriptions.Watched w : watched) {
            try {
                compare(w);
            } catch (RuntimeException e) {
                log.warn("Could not compare route {} for webhook subscription {}: {}", w.routeId(), w.subscriptionId(), e.getMessage());
            }
        }
    }

    /**
     * Compares one subscribed route with what its subscriber was told, and queues a notification
     * when it differs. The first comparison only records the state.
     *
     * @return whether a notification was queued
     */
    boolean compare(Subscriptions.Watched w) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            var previous = subscriptions.lockState(w.subscriptionId(), w.routeId());
            Instant now = clock.instant();
            Instant until = now.plus(settings.lookahead());
            ObjectNode situation;
            try {
                situation = routes.situation(w.routeId(), now, until, language(w.language()));
            } catch (NotFoundException gone) {
                return false; // deleted meanwhile: nothing to say of it
            }
            ObjectNode state = state(situation);
            String stateText = state.toString();
            if (previous.isEmpty()) {
                subscriptions.saveState(w.subscriptionId(), w.routeId(), stateText);
                return false;
            }
            JsonNode before = read(previous.get());
            List<ObjectNode> changes = differences(before, state);
            if (changes.isEmpty()) {
                return false;
            }
            String deliveryId = UUID.randomUUID().toString();
            subscriptions.queue(deliveryId, w.subscriptionId(), w.routeId(), payload(deliveryId, w.routeId(), now, until, situation, changes).toString());
            subscriptions.saveState(w.subscriptionId(), w.routeId(), stateText);
            return true;
        }));
    }

    /** What is compared of a situation: each hazard's severity and last edit, and the stops closed or cautioned. */
    private ObjectNode state(ObjectNode situation) {
        ObjectNode state = json.createObjectNode();
        ObjectNode hazards = state.putObject("hazards");
        Map<String, ObjectNode> sorted = new TreeMap<>();
        for (JsonNode f : situation.path("features")) {
            ObjectNode h = json.createObjectNode();
            h.put("severity", f.path("properties").path("severity").asText());
            h.put("updated", f.path("properties").path("updated").asText());
            sorted.put(f.path("id").asText(), h);
        }
        sorted.forEach(hazards::set);
        state.set("closed_stops", situation.path("closed_stops").deepCopy());
        ArrayNode caution = state.putArray("caution_stops");
        for (JsonNode reason : situation.path("reasons")) {
            if ("stop-caution".equals(reason.path("code").asText())) {
                caution.add(reason.path("stop").asInt());
            }
        }
        state.put("verdict", situation.path("verdict").asText());
        return state;
    }

    /** What started, changed or ended between two states. */
    private List<ObjectNode> differences(JsonNode before, JsonNode after) {
        List<ObjectNode> changes = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        before.path("hazards").fieldNames().forEachRemaining(ids::add);
        after.path("hazards").fieldNames().forEachRemaining(ids::add);
        for (String id : ids) {
            JsonNode was = before.path("hazards").get(id);
            JsonNode is = after.path("hazards").get(id);
            if (was == null) {
                changes.add(change("hazard-started").put("hazard", id));
            } else if (is == null) {
                changes.add(change("hazard-ended").put("hazard", id));
            } else if (!was.equals(is)) {
                changes.add(change("hazard-changed").put("hazard", id));
            }
        }
        stops(before.path("closed_stops"), after.path("closed_stops"), "stop-closed", "stop-reopened", changes);
        stops(before.path("caution_stops"), after.path("caution_stops"), "stop-caution", "stop-caution-ended", changes);
        return changes;
    }

    private void stops(JsonNode before, JsonNode after, String started, String ended, List<ObjectNode> changes) {
        Set<Integer> was = positions(before);
        Set<Integer> is = positions(after);
        is.stream().filter(p -> !was.contains(p)).forEach(p -> changes.add(change(started).put("stop", p)));
        was.stream().filter(p -> !is.contains(p)).forEach(p -> changes.add(change(ended).put("stop", p)));
    }

    private static Set<Integer> positions(JsonNode array) {
        Set<Integer> out = new TreeSet<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asInt());
        }
        return out;
    }

    private ObjectNode change(String code) {
        return json.createObjectNode().put("change", code);
    }

    private ObjectNode payload(String deliveryId, String routeId, Instant from, Instant until, ObjectNode situation, List<ObjectNode> changes) {
        ObjectNode p = json.createObjectNode();
        p.put("id", deliveryId);
        p.put("type", "route.situation.changed");
        p.put("occurred_at", from.toString());
        p.put("route", routeId);
        p.putObject("window").put("from", from.toString()).put("until", until.toString());
        p.put("verdict", situation.path("verdict").asText());
        p.putArray("changes").addAll(changes);
        p.set("reasons", situation.path("reasons").deepCopy());
        p.set("closed_stops", situation.path("closed_stops").deepCopy());
        p.set("hazards", situation.path("features").deepCopy());
        ObjectNode links = p.putObject("links");
        links.put("route", publicUrl.base() + "/api/v1/routes/" + routeId);
        links.put("hazards", publicUrl.base() + "/api/v1/routes/" + routeId + "/hazards");
        return p;
    }

    private static LanguagePreference language(String tag) {
        try {
            return LanguagePreference.explicit(tag);
        } catch (IllegalArgumentException e) {
            return LanguagePreference.defaults();
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored webhook state is not JSON: " + e.getMessage(), e);
        }
    }
}
