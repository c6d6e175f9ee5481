package org.geoparks.catalogue.itinerary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.geojson.GeoJsonMediaTypes;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.partner.PartnerLayer;
import org.geoparks.catalogue.place.PlaceLayer;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What lies near a place, for building itineraries: partners (homestays, restaurants…) or other
 * places, nearest first, measured from the place's public position. {@code type} takes the values
 * the layer declares (a partner's {@code type}, a place's {@code kind}).
 */
@RestController
class NearbyController {

    static final double DEFAULT_RADIUS_M = 5_000;
    static final double MAX_RADIUS_M = 50_000;

    /** What {@code kind} may ask for: a layer and the declared field its {@code type} selects on. */
    private record Kind(LayerDeclaration<?> layer, Field type) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "partner", new Kind(PartnerLayer.DECLARATION, PartnerLayer.DECLARATION.field("type").orElseThrow()),
            "place", new Kind(PlaceLayer.DECLARATION, PlaceLayer.DECLARATION.field("kind").orElseThrow()));

    private final RouteReads reads;
    private final ObjectMapper json;

    NearbyController(RouteReads reads, ObjectMapper json) {
        this.reads = reads;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/places/{id}/nearby", produces = {GeoJsonMediaTypes.GEO_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Transactional(readOnly = true)
    ResponseEntity<ObjectNode> nearby(@PathVariable String id, HttpServletRequest request,
                                      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Parameters p = new Parameters(request.getParameterMap(), Set.of("kind", "type", "radius", "limit", "lang"));
        String kindName = p.code("kind", KINDS.keySet());
        Kind kind = KINDS.get(kindName == null ? "partner" : kindName);
        String type = p.code("type", kind.type().allowedValues());
        double radius = p.metres("radius", DEFAULT_RADIUS_M, MAX_RADIUS_M);
        int limit = p.integer("limit", 100, 1, 1000);
        LanguagePreference language = ItemsQuery.language(p.text("lang"), acceptLanguage);
        boolean hasPublicPosition = reads.placeHasPublicPosition(id).orElseThrow(() -> new NotFoundException("place", id));
        if (!hasPublicPosition) {
            throw new InvalidParameterException("id", "the place '" + id + "' is a protected site without a public position: nothing can be measured from it;"
                    + " ask for what is near another stop of the route");
        }
        List<ObjectNode> features = reads.nearby(id, kind.layer(), kind.type(), type, radius, limit, language);
        ObjectNode body = json.createObjectNode().put("type", "FeatureCollection");
        body.put("place", id).put("kind", kindName == null ? "partner" : kindName).put("radius_m", radius);
        body.put("numberReturned", features.size());
        body.putArray("features").addAll(features);
        return ResponseEntity.ok().contentType(GeoJsonMediaTypes.GEO_JSON).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.primary()).body(body);
    }
}
