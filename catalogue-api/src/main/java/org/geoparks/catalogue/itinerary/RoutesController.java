package org.geoparks.catalogue.itinerary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.account.Roles;
import org.geoparks.catalogue.geojson.GeoJsonMediaTypes;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.operator.OperatorAuthentication;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.system.Problems;
import org.geoparks.catalogue.system.PublicUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' routes API: routes filtered and sorted with each one's hazard summary, a route
 * with its stops, a route's hazards and verdict on a day, GPX and KML exports, and what lies near
 * a place. Public reads need no key; a park's routes in one file (bulk export) need an operator's
 * key. Quotas: {@code operator.RateLimitFilter}.
 */
@RestController
class RoutesController {

    private static final String GEO_JSON = GeoJsonMediaTypes.GEO_JSON_VALUE;

    private final RouteDocuments documents;
    private final RouteReads reads;
    private final PublicUrl publicUrl;

    RoutesController(RouteDocuments documents, RouteReads reads, PublicUrl publicUrl) {
        this.documents = documents;
        this.reads = reads;
        this.publicUrl = publicUrl;
    }

    @GetMapping(path = "/api/v1/routes", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> list(HttpServletRequest request,
                                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ObjectNode body = documents.list(request.getParameterMap(), acceptLanguage);
        return geoJson(body, request.getParameter("lang"), acceptLanguage);
    }

    @GetMapping(path = "/api/v1/routes/{id}", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> route(@PathVariable String id, HttpServletRequest request,
                                     @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Parameters p = new Parameters(request.getParameterMap(), Set.of("lang", "partnerRadius"));
        LanguagePreference language = ItemsQuery.language(p.text("lang"), acceptLanguage);
        Double radius = p.text("partnerRadius") == null ? null : p.metres("partnerRadius", 0, 20_000);
        return geoJson(documents.route(id, language, radius), p.text("lang"), acceptLanguage);
    }

    @GetMapping(path = "/api/v1/routes/{id}/hazards", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> hazards(@PathVariable String id, HttpServletRequest request,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Parameters p = new Parameters(request.getParameterMap(), Set.of("lang", "date"));
        LanguagePreference language = ItemsQuery.language(p.text("lang"), acceptLanguage);
        LocalDate date = p.date("date", documents.today());
        return geoJson(documents.hazards(id, date, language), p.text("lang"), acceptLanguage);
    }

    @GetMapping(path = "/api/v1/routes/{id}.gpx")
    ResponseEntity<byte[]> gpx(@PathVariable String id, HttpServletRequest request,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) throws IOException {
        RouteReads.ExportRoute route = exportOne(id, request, acceptLanguage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteExports.gpx(route.name(), publicUrl.base() + "/api/v1/routes/" + id, List.of(route), out);
        return file(out, RouteExports.GPX_MEDIA_TYPE, id + ".gpx");
    }

    @GetMapping(path = "/api/v1/routes/{id}.kml")
    ResponseEntity<byte[]> kml(@PathVariable String id, HttpServletRequest request,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) throws IOException {
        RouteReads.ExportRoute route = exportOne(id, request, acceptLanguage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteExports.kml(route.name(), List.of(route), out);
        return file(out, RouteExports.KML_MEDIA_TYPE, id + ".kml");
    }

    @GetMapping(path = "/api/v1/parks/{id}/routes.gpx")
    ResponseEntity<byte[]> parkGpx(@PathVariable String id, HttpServletRequest request,
                                   @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) throws IOException {
        List<RouteReads.ExportRoute> routes = exportPark(id, request, acceptLanguage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteExports.gpx(parkTitle(id, request, acceptLanguage), publicUrl.base() + "/api/v1/routes?park=" + id, routes, out);
        return file(out, RouteExports.GPX_MEDIA_TYPE, id + "-routes.gpx");
    }

    @GetMapping(path = "/api/v1/parks/{id}/routes.kml")
    ResponseEntity<byte[]> parkKml(@PathVariable String id, HttpServletRequest request,
                                   @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) throws IOException {
        List<RouteReads.ExportRoute> routes = exportPark(id, request, acceptLanguage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteExports.kml(parkTitle(id, request, acceptLanguage), routes, out);
        return file(out, RouteExports.KML_MEDIA_TYPE, id + "-routes.kml");
    }

    private RouteReads.ExportRoute exportOne(String id, HttpServletRequest request, String acceptLanguage) {
        Parameters p = new Parameters(request.getParameterMap(), Set.of("lang"));
        List<RouteReads.ExportRoute> found = reads.exportRoutes(List.of(id), ItemsQuery.language(p.text("lang"), acceptLanguage));
        if (found.isEmpty()) {
            throw new NotFoundException("route", id);
        }
        return found.get(0);
    }

    /** A park's file is named after the park, in the language asked. */
    private String parkTitle(String id, HttpServletRequest request, String acceptLanguage) {
        return reads.parkName(id, ItemsQuery.language(request.getParameter("lang"), acceptLanguage)).orElse(id);
    }

    private List<RouteReads.ExportRoute> exportPark(String id, HttpServletRequest request, String acceptLanguage) {
        requireBulkRight();
        Parameters p = new Parameters(request.getParameterMap(), Set.of("lang"));
        if (!reads.parkExists(id)) {
            throw new NotFoundException("park", id);
        }
        return reads.exportRoutes(reads.routeIdsOfPark(id), ItemsQuery.language(p.text("lang"), acceptLanguage));
    }

    /** Bulk exports are for operators' keys (and administrators). */
    private static void requireBulkRight() {
        if (OperatorAuthentication.current().isPresent()) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a -> Roles.ADMIN.equals(a.getAuthority()));
        if (!admin) {
            throw new BulkExportNeedsKey();
        }
    }

    static final class BulkExportNeedsKey extends RuntimeException {
        BulkExportNeedsKey() {
            super("A park's routes in one file are a bulk export, for tour operators: send your API key as X-API-Key."
                    + " Single routes (/api/v1/routes/{id}.gpx) need no key.");
        }
    }

    @ExceptionHandler(BulkExportNeedsKey.class)
    ResponseEntity<ProblemDetail> bulkExportNeedsKey(BulkExportNeedsKey e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"geopark-catalogue\", header=\"X-API-Key\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "api-key-required", "API key required", e.getMessage()));
    }

    private static ResponseEntity<ObjectNode> geoJson(ObjectNode body, String lang, String acceptLanguage) {
        return ResponseEntity.ok().contentType(GeoJsonMediaTypes.GEO_JSON)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, ItemsQuery.language(lang, acceptLanguage).primary())
                .body(body);
    }

    private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, String mediaType, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toByteArray());
    }
}
