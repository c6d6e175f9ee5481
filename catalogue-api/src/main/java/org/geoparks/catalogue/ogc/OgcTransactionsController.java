package org.geoparks.catalogue.ogc;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.editing.EditBodies;
import org.geoparks.catalogue.editing.EditableLayer;
import org.geoparks.catalogue.editing.ExpectedVersion;
import org.geoparks.catalogue.editing.FieldEdit;
import org.geoparks.catalogue.editing.Reprojection;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.mapquery.SupportedCrs;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.system.PublicUrl;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OGC API – Features Part 4 on the collections people edit (hazards, signs): create (POST),
 * replace (PUT), update (PATCH, JSON Merge Patch) and delete — which ends a record rather than
 * erasing it (a hazard is resolved, a sign retired). Bodies are GeoJSON features with the
 * collection's properties; texts given as plain strings are in the request's language; geometries
 * may come in any CRS of the map service (Content-Crs). The services check rights and rules.
 *
 * <p>Every change names the version it changes: If-Match with the record's ETag (the edit API's),
 * or the feature's own {@code version} property, which a GIS that sends back the whole feature it
 * read carries (docs/decisions/0054-ogc-transactions.md). OPTIONS advertises POST, PUT and DELETE;
 * PATCH, which carries no version, is left for clients that send If-Match.
 */
@RestController
class OgcTransactionsController {

    private static final String GEOJSON = "application/geo+json";
    private static final String JSON = "application/json";

    private final Collections collections;
    private final List<EditableLayer> editable;
    private final EditBodies bodies;
    private final Reprojection reprojection;
    private final PublicUrl publicUrl;

    OgcTransactionsController(Collections collections, List<EditableLayer> editable, EditBodies bodies, Reprojection reprojection,
                              PublicUrl publicUrl) {
        this.collections = collections;
        this.editable = editable;
        this.bodies = bodies;
        this.reprojection = reprojection;
        this.publicUrl = publicUrl;
    }

    @RequestMapping(path = "/ogc/collections/{collectionId}/items", method = RequestMethod.OPTIONS)
    ResponseEntity<Void> itemsOptions(@PathVariable String collectionId) {
        return allow(editableLayer(collectionId).isPresent() ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
    }

    @RequestMapping(path = "/ogc/collections/{collectionId}/items/{featureId}", method = RequestMethod.OPTIONS)
    ResponseEntity<Void> featureOptions(@PathVariable String collectionId, @PathVariable String featureId) {
        return allow(editableLayer(collectionId).isPresent() ? "GET, HEAD, PUT, DELETE, OPTIONS" : "GET, HEAD, OPTIONS");
    }

    @PostMapping(path = "/ogc/collections/{collectionId}/items", consumes = {GEOJSON, JSON})
    ResponseEntity<Void> create(@PathVariable String collectionId, @RequestBody Map<String, Object> feature,
                                @RequestHeader(name = "Content-Crs", required = false) String contentCrs,
                                @RequestParam(name = "lang", required = false) String lang,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
            throws HttpRequestMethodNotSupportedException {
        EditableLayer layer = editableOrRefused(collectionId, "POST");
        Feature f = feature(feature, contentCrs, true);
        Map<String, Object> values = new LinkedHashMap<>(f.properties());
        if (f.id() != null) {
            values.put("id", f.id());
        }
        String id = layer.create(new FieldEdit(values, f.geometry(), true, language(lang, acceptLanguage)), f.crossBorder());
        return ResponseEntity.created(URI.create(OgcLinks.of(publicUrl).to("/collections/" + collectionId + "/items/" + id)))
                .eTag(ExpectedVersion.etag(layer.version(id))).build();
    }

    @PutMapping(path = "/ogc/collections/{collectionId}/items/{featureId}", consumes = {GEOJSON, JSON})
    ResponseEntity<Void> replace(@PathVariable String collectionId, @PathVariable String featureId, @RequestBody Map<String, Object> feature,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @RequestHeader(name = "Content-Crs", required = false) String contentCrs,
                                 @RequestParam(name = "lang", required = false) String lang,
                                 @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
            throws HttpRequestMethodNotSupportedException {
        EditableLayer layer = editableOrRefused(collectionId, "PUT");
        Feature f = feature(feature, contentCrs, true);
        requireSameId(f, featureId);
        ExpectedVersion expected = ExpectedVersion.fromIfMatchOr(ifMatch, RawValues.integer("version", f.properties().get("version")));
        layer.update(featureId, expected, new FieldEdit(f.properties(), f.geometry(), true, language(lang, acceptLanguage)), f.crossBorder());
        return changed(layer, featureId);
    }

    @PatchMapping(path = "/ogc/collections/{collectionId}/items/{featureId}", consumes = {EditBodies.MERGE_PATCH, GEOJSON, JSON})
    ResponseEntity<Void> update(@PathVariable String collectionId, @PathVariable String featureId, @RequestBody Map<String, Object> patch,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @RequestHeader(name = "Content-Crs", required = false) String contentCrs,
                                @RequestParam(name = "lang", required = false) String lang,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
            throws HttpRequestMethodNotSupportedException {
        EditableLayer layer = editableOrRefused(collectionId, "PATCH");
        Feature f = feature(patch, contentCrs, false);
        requireSameId(f, featureId);
        ExpectedVersion expected = ExpectedVersion.fromIfMatchOr(ifMatch, RawValues.integer("version", f.properties().get("version")));
        layer.update(featureId, expected, new FieldEdit(f.properties(), f.geometry(), false, language(lang, acceptLanguage)), f.crossBorder());
        return changed(layer, featureId);
    }

    /** Ends the record — resolves a hazard, retires a sign — with {@code ?reason=} (in the request's language) or a default. */
    @DeleteMapping("/ogc/collections/{collectionId}/items/{featureId}")
    ResponseEntity<Void> delete(@PathVariable String collectionId, @PathVariable String featureId,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @RequestParam(name = "reason", required = false) String reason,
                                @RequestParam(name = "lang", required = false) String lang,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
            throws HttpRequestMethodNotSupportedException {
        EditableLayer layer = editableOrRefused(collectionId, "DELETE");
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        LocalizedText why = reason == null || reason.isBlank()
                ? LocalizedText.of("en", "Removed in a map client (OGC API – Features)")
                : LocalizedText.of(language(lang, acceptLanguage), reason);
        layer.remove(featureId, expected, why);
        return ResponseEntity.noContent().eTag(ExpectedVersion.etag(layer.version(featureId))).build();
    }

    /** A GeoJSON feature (or, for PATCH, the part of one) as the edit it makes. */
    private record Feature(String id, Map<String, Object> properties, Geometry geometry, boolean crossBorder) {
    }

    @SuppressWarnings("unchecked")
    private Feature feature(Map<String, Object> body, String contentCrs, boolean whole) {
        if (body == null) {
            throw new InvalidRecordException("body", "send a GeoJSON Feature");
        }
        Object type = body.get("type");
        if (whole ? !"Feature".equals(type) : type != null && !"Feature".equals(type)) {
            throw new InvalidRecordException("type", "send a GeoJSON Feature ({\"type\": \"Feature\", \"geometry\": …, \"properties\": {…}})");
        }
        Object properties = body.getOrDefault("properties", Map.of());
        if (properties != null && !(properties instanceof Map<?, ?>)) {
            throw new InvalidRecordException("properties", "must be an object of the collection's properties");
        }
        Map<String, Object> values = new LinkedHashMap<>(properties == null ? Map.of() : (Map<String, Object>) properties);
        boolean crossBorder = RawValues.bool("cross_border", values.remove("cross_border"), false);
        Geometry geometry = bodies.geometry(body.get("geometry"));
        if (geometry != null && contentCrs != null && !contentCrs.isBlank()) {
            String crs = contentCrs.strip().replaceAll("^<|>$", "");
            SupportedCrs supported = SupportedCrs.parse(crs).orElseThrow(() -> new InvalidParameterException("Content-Crs",
                    "'" + crs + "' is not a CRS the catalogue takes; use one of " + String.join(", ", SupportedCrs.uris())));
            geometry = reprojection.toWgs84(geometry, supported.srid(), supported.latitudeFirst());
        }
        Object id = body.get("id");
        return new Feature(id == null ? null : String.valueOf(id), values, geometry, crossBorder);
    }

    private static void requireSameId(Feature feature, String featureId) {
        if (feature.id() != null && !feature.id().equals(featureId)) {
            throw new InvalidRecordException("id", "the feature is '" + feature.id() + "' but the address names '" + featureId + "'");
        }
    }

    /** The language plain-string texts are in: the one the client reads in (lang, else Accept-Language). */
    private static String language(String lang, String acceptLanguage) {
        return ItemsQuery.language(lang, acceptLanguage).primary();
    }

    private Optional<EditableLayer> editableLayer(String collectionId) {
        Collection c = collections.find(collectionId).orElseThrow(() -> new NotFoundException("collection", collectionId));
        if (!c.id().equals(c.layer().name())) {
            return Optional.empty(); // a part of a layer (the hazards in force now) is read, not edited
        }
        return editable.stream().filter(layer -> layer.declaration() == c.layer()).findFirst();
    }

    /** The collection's editing service; a collection that is read only answers 405 with what it allows. */
    private EditableLayer editableOrRefused(String collectionId, String method) throws HttpRequestMethodNotSupportedException {
        Optional<EditableLayer> layer = editableLayer(collectionId);
        if (layer.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(method, List.of("GET", "HEAD", "OPTIONS"));
        }
        return layer.get();
    }

    private static ResponseEntity<Void> allow(String methods) {
        return ResponseEntity.ok().header(HttpHeaders.ALLOW, methods).build();
    }

    private static ResponseEntity<Void> changed(EditableLayer layer, String id) {
        return ResponseEntity.status(HttpStatus.NO_CONTENT).eTag(ExpectedVersion.etag(layer.version(id))).build();
    }
}
