package org.geoparks.catalogue.itinerary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of the operators' routes API: the list with each route's hazard summary, a
 * route with its stops, and a route's hazards on a day with the verdict. Reads are made in one
 * read-only transaction per document, so that a route, its stops and its hazards agree.
 */
@Service
public class RouteDocuments {

    private final RouteReads reads;
    private final ItinerarySettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    RouteDocuments(RouteReads reads, ItinerarySettings settings, ObjectMapper json, ObjectProvider<Clock> clock) {
        this.reads = reads;
        this.settings = settings;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    LocalDate today() {
        return Days.today(clock);
    }

    @Transactional(readOnly = true)
    ObjectNode list(Map<String, String[]> parameters, String acceptLanguage) {
        RouteQuery q = RouteQuery.parse(parameters, acceptLanguage, today(), reads.knownValues());
        if (q.passes() != null && !reads.placeExists(q.passes())) {
            throw new InvalidParameterException("passes", "there is no place '" + q.passes() + "'; passes takes the id of a place, e.g. passes=cb-ban-gioc-waterfall");
        }
        RouteReads.RoutePage page = reads.routes(q);
        List<String> ids = page.features().stream().map(f -> f.path("id").asText()).toList();
        Map<String, List<RouteReads.HazardRow>> hazards = hazardsByRoute(ids, Days.start(q.date()), Days.end(q.date()), q.language());
        Map<String, Verdict> verdicts = verdicts(ids, q.language(), hazards);
        ObjectNode body = json.createObjectNode().put("type", "FeatureCollection");
        body.put("numberMatched", page.matched()).put("numberReturned", page.features().size());
        body.put("date", q.date().toString());
        ArrayNode features = body.putArray("features");
        for (ObjectNode feature : page.features()) {
            String id = feature.path("id").asText();
            ((ObjectNode) feature.path("properties")).set("hazards", summary(q.date(), verdicts.get(id), hazards.getOrDefault(id, List.of())));
            features.add(feature);
        }
        return body;
    }

    @Transactional(readOnly = true)
    ObjectNode route(String id, LanguagePreference language, Double partnerRadius) {
        ObjectNode feature = reads.route(id, language).orElseThrow(() -> new NotFoundException("route", id));
        double radius = partnerRadius == null ? settings.partnerRadiusM() : partnerRadius;
        Map<Integer, List<ObjectNode>> partners = reads.partnersNearStops(id, radius, language);
        ObjectNode properties = (ObjectNode) feature.path("properties");
        ArrayNode stops = properties.putArray("itinerary");
        properties.put("partner_radius_m", radius);
        for (RouteReads.StopRow stop : reads.stops(List.of(id), language)) {
            ObjectNode s = stops.addObject();
            s.put("position", stop.position());
            s.set("place", stop.feature());
            ArrayNode near = s.putArray("partners");
            partners.getOrDefault(stop.position(), List.of()).forEach(near::add);
        }
        LocalDate today = today();
        Map<String, List<RouteReads.HazardRow>> hazards = hazardsByRoute(List.of(id), Days.start(today), Days.end(today), language);
        properties.set("hazards", summary(today, verdicts(List.of(id), language, hazards).get(id), hazards.getOrDefault(id, List.of())));
        return feature;
    }

    @Transactional(readOnly = true)
    ObjectNode hazards(String id, LocalDate date, LanguagePreference language) {
        ObjectNode body = situation(id, Days.start(date), Days.end(date), language);
        body.put("date", date.toString());
        return body;
    }

    /**
     * A route's hazards in force at some moment of [from, to], the verdict they give, and its
     * closed stops: what a route's hazards document says of a day, and what webhooks compare.
     */
    @Transactional(readOnly = true)
    public ObjectNode situation(String id, java.time.Instant from, java.time.Instant to, LanguagePreference language) {
        if (reads.route(id, language).isEmpty()) {
            throw new NotFoundException("route", id);
        }
        Map<String, List<RouteReads.HazardRow>> hazards = hazardsByRoute(List.of(id), from, to, language);
        List<RouteReads.HazardRow> rows = hazards.getOrDefault(id, List.of());
        Verdict verdict = verdicts(List.of(id), language, hazards).get(id);
        ObjectNode body = json.createObjectNode().put("type", "FeatureCollection");
        body.put("route", id).put("buffer_m", settings.hazardBufferM());
        body.put("verdict", verdict.verdict().code());
        body.set("reasons", json.valueToTree(verdict.reasons()));
        ArrayNode closed = body.putArray("closed_stops");
        ArrayNode features = body.putArray("features");
        for (RouteReads.StopRow stop : reads.stops(List.of(id), language)) {
            if ("closed".equals(stop.status())) {
                closed.add(stop.position());
            }
        }
        rows.forEach(r -> features.add(r.feature()));
        return body;
    }

    private Map<String, List<RouteReads.HazardRow>> hazardsByRoute(List<String> ids, java.time.Instant from, java.time.Instant to,
                                                                  LanguagePreference language) {
        Map<String, List<RouteReads.HazardRow>> byRoute = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byRoute;
        }
        for (RouteReads.HazardRow row : reads.hazards(ids, from, to, settings.hazardBufferM(), language)) {
            byRoute.computeIfAbsent(row.routeId(), k -> new ArrayList<>()).add(row);
        }
        return byRoute;
    }

    /** Each route's verdict given its hazards in force. */
    private Map<String, Verdict> verdicts(List<String> ids, LanguagePreference language, Map<String, List<RouteReads.HazardRow>> hazards) {
        Map<String, List<Verdict.Stop>> stops = new TreeMap<>();
        ids.forEach(id -> stops.put(id, new ArrayList<>()));
        if (!ids.isEmpty()) {
            reads.stops(ids, language).forEach(s -> stops.get(s.routeId()).add(new Verdict.Stop(s.position(), s.placeId(), s.status())));
        }
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (String id : ids) {
            verdicts.put(id, Verdict.of(stops.get(id), hazards.getOrDefault(id, List.of()).stream().map(RouteReads.HazardRow::hazard).toList()));
        }
        return verdicts;
    }

    private ObjectNode summary(LocalDate date, Verdict verdict, List<RouteReads.HazardRow> hazards) {
        ObjectNode s = json.createObjectNode();
        s.put("date", date.toString());
        s.put("verdict", verdict.verdict().code());
        s.put("count", hazards.size());
        hazards.stream().map(h -> h.hazard().severity()).findFirst().ifPresentOrElse(max -> s.put("max_severity", max), () -> s.putNull("max_severity"));
        ArrayNode ids = s.putArray("hazards");
        hazards.forEach(h -> ids.add(h.hazard().id()));
        s.put("closed_stops", verdict.reasons().stream().filter(r -> "stop-closed".equals(r.code())).count());
        return s;
    }
}
