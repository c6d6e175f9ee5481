package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geoparks.catalogue.account.ParkScope;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.CollectionVersions;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.layer.JsonLdMapping;
import org.geoparks.catalogue.mapquery.FeatureQueries;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.mapquery.SupportedCrs;
import org.geoparks.catalogue.search.SearchService;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.system.CatalogueCaches;
import org.geoparks.catalogue.system.PublicUrl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Features of a collection (OGC API – Features Part 1 and 2): pages with bbox, datetime, filters,
 * language and CRS; single features; GeoJSON, HTML and schema.org JSON-LD. Pages up to
 * {@value #CACHED_LIMIT} features are rendered once per collection version and served from
 * memory with a strong ETag; larger ones stream from the database cursor to the client.
 */
@RestController
class OgcFeaturesController {

    static final int CACHED_LIMIT = 1000;

    private final Collections collections;
    private final FeatureQueries queries;
    private final CollectionVersions versions;
    private final ObjectMapper json;
    private final JsonLd jsonLd;
    private final OgcHtml html;
    private final Cache<String, RenderedPage> pages;
    private final PublicUrl publicUrl;
    private final SearchService search;

    OgcFeaturesController(Collections collections, FeatureQueries queries, CollectionVersions versions, ObjectMapper json,
                          OgcHtml html, CatalogueCaches caches, PublicUrl publicUrl, SearchService search) {
        this.collections = collections;
        this.queries = queries;
        this.versions = versions;
        this.json = json;
        this.jsonLd = new JsonLd(json);
        this.html = html;
        this.pages = caches.pages(RenderedPage::weight);
        this.publicUrl = publicUrl;
        this.search = search;
    }

    @GetMapping("/ogc/collections/{collectionId}/items")
    ResponseEntity<byte[]> items(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        Collection c = collection(collectionId);
        // "In force now" is answered to the minute, so that a page can be cached for that minute.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        ItemsQuery asked = textMatched(c, ItemsQuery.parse(c, params, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), now));
        OutputFormat format = OutputFormat.negotiate(asked.f(), request.getHeader(HttpHeaders.ACCEPT), OutputFormat.GEOJSON);
        // schema.org's coordinates are WGS 84 latitude and longitude, whatever crs asks for
        ItemsQuery q = format == OutputFormat.JSONLD ? asked.inWgs84() : asked;
        ParkScope scope = ParkScope.current();
        OgcLinks links = OgcLinks.of(publicUrl);
        HttpHeaders headers = contentHeaders(q.crs(), q.language());
        // q's matches are keyed by what they are, not by q: the index may catch up with a change
        // after the collection's version has moved on
        String matches = q.textMatches() == null ? "" : "|q:" + q.textMatches().hashCode();
        String filterKey = filterKey(params, c.inForceNow() ? now : null, scope) + matches;
        String cacheKey = c.id() + "|" + format + "|" + q.language().chain() + "|" + scope.key() + "|" + canonical(params) + "|" + now(c, now) + matches;
        long version = versions.of(c);
        String cacheControl = HttpCaching.cacheControl(scope, c.inForceNow() ? 30 : 60);
        RenderedPage cached = pages.getIfPresent(cacheKey);
        if (cached != null && cached.version == version) {
            return HttpCaching.send(cached, request, cacheControl, headers);
        }
        if (format == OutputFormat.GEOJSON && q.limit() > CACHED_LIMIT) {
            // Straight from the database cursor to the client, on this thread: a large page is never
            // held in memory, and needs no second (asynchronous) dispatch.
            headers.forEach((name, values) -> response.setHeader(name, values.get(0)));
            response.setContentType(OutputFormat.GEOJSON.mediaType());
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            response.setHeader(HttpHeaders.VARY, HttpCaching.VARY);
            writeGeoJson(c, q, scope, filterKey, links, params, response.getOutputStream());
            return null;
        }
        RenderedPage page = switch (format) {
            case GEOJSON, JSON -> {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
                writeGeoJson(c, q, scope, filterKey, links, params, buffer);
                yield new RenderedPage(buffer.toByteArray(), OutputFormat.GEOJSON.mediaType(), version);
            }
            case HTML -> RenderedPage.of(itemsHtml(c, q, scope, filterKey, links, params), "text/html;charset=UTF-8", version);
            case JSONLD -> RenderedPage.of(itemsJsonLd(c, q, scope, filterKey, links), OutputFormat.JSONLD.mediaType(), version);
        };
        pages.put(cacheKey, page);
        return HttpCaching.send(page, request, cacheControl, headers);
    }

    /**
     * {@code q=} is answered by the search index, as {@code /api/v1/search} is: its matches (at most
     * as many as a page can hold) become one more condition, combined in SQL with bbox, datetime
     * and the other filters. Pages stay in id order, so that paging is stable.
     */
    private ItemsQuery textMatched(Collection c, ItemsQuery q) {
        return q.text() == null ? q : q.matching(search.matchingIds(c.layer().entityType(), q.text(), q.language(), ItemsQuery.MAX_LIMIT));
    }

    @GetMapping("/ogc/collections/{collectionId}/items/{featureId}")
    ResponseEntity<byte[]> feature(@PathVariable String collectionId, @PathVariable String featureId,
                                   @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
        Collection c = collection(collectionId);
        for (String name : params.keySet()) {
            if (!List.of("f", "lang", "crs").contains(name)) {
                throw new InvalidParameterException(name, "unknown query parameter '" + name + "'; a feature accepts f, lang and crs");
            }
        }
        LanguagePreference language = ItemsQuery.language(params.getFirst("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        SupportedCrs crs = ItemsQuery.crs(params.getFirst("crs"), "crs");
        OutputFormat format = OutputFormat.negotiate(params.getFirst("f"), request.getHeader(HttpHeaders.ACCEPT), OutputFormat.GEOJSON);
        ParkScope scope = ParkScope.current();
        OgcLinks links = OgcLinks.of(publicUrl);
        ObjectNode feature = feature(c, featureId, crs, language, scope);
        // schema.org's coordinates are WGS 84 latitude and longitude, whatever crs asks for
        ObjectNode wgs84 = crs == SupportedCrs.CRS84 || format == OutputFormat.GEOJSON || format == OutputFormat.JSON
                ? feature : feature(c, featureId, SupportedCrs.CRS84, language, scope);
        String self = links.to("/collections/" + c.id() + "/items/" + featureId);
        long version = versions.of(c);
        RenderedPage page = switch (format) {
            case GEOJSON, JSON -> {
                feature.putPOJO("links", List.of(
                        Link.of(self + "?f=geojson", "self", OutputFormat.GEOJSON.mediaType(), "This feature"),
                        Link.of(self + "?f=html", "alternate", "text/html", "This feature as HTML"),
                        Link.of(self + "?f=jsonld", "alternate", OutputFormat.JSONLD.mediaType(), "This feature in schema.org JSON-LD"),
                        Link.of(links.to("/collections/" + c.id()), "collection", "application/json", "The collection")));
                yield RenderedPage.of(json.writeValueAsString(feature), OutputFormat.GEOJSON.mediaType(), version);
            }
            case JSONLD -> RenderedPage.of(json.writeValueAsString(jsonLd.item(c, wgs84, self, language.primary(),
                    placeLinks(links))), OutputFormat.JSONLD.mediaType(), version);
            case HTML -> {
                JsonNode p = feature.path("properties");
                String title = c.layer().label().map(f -> p.path(f.name()).asText(featureId)).orElse(featureId);
                HtmlPage htmlPage = new HtmlPage(language.primary(), title)
                        .formats(List.of(Link.of(self + "?f=geojson", "alternate", "application/geo+json", "GeoJSON"),
                                Link.of(self + "?f=jsonld", "alternate", "application/ld+json", "schema.org JSON-LD"),
                                Link.of(links.to("/collections/" + c.id() + "/items?f=html"), "collection", "text/html",
                                        c.title().get("en").orElse(c.id()))))
                        .code("geometry", feature.path("geometry").toString())
                        .jsonLd(json.writeValueAsString(jsonLd.item(c, wgs84, self, language.primary(), placeLinks(links))));
                yield RenderedPage.of(html.render(OgcHtml.properties(htmlPage, p)), "text/html;charset=UTF-8", version);
            }
        };
        return HttpCaching.send(page, request, HttpCaching.cacheControl(scope, 60), contentHeaders(crs, language));
    }

    private ObjectNode feature(Collection c, String featureId, SupportedCrs crs, LanguagePreference language, ParkScope scope)
            throws IOException {
        String featureJson = queries.feature(c, featureId, crs, language, scope)
                .orElseThrow(() -> new NotFoundException("feature in collection '" + c.id() + "'", featureId));
        return (ObjectNode) json.readTree(featureJson);
    }

    private Collection collection(String id) {
        return collections.find(id).orElseThrow(() -> new NotFoundException("collection", id));
    }

    private static HttpHeaders contentHeaders(SupportedCrs crs, LanguagePreference language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Crs", "<" + crs.uri() + ">");
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.primary());
        return headers;
    }

    private void writeGeoJson(Collection c, ItemsQuery q, ParkScope scope, String filterKey, OgcLinks links,
                              MultiValueMap<String, String> params, OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            FeatureQueries.PageResult page = queries.page(c, q, scope, filterKey, (featureJson, id) -> g.writeRawValue(featureJson));
            g.writeEndArray();
            g.writeNumberField("numberMatched", page.matched());
            g.writeNumberField("numberReturned", page.returned());
            g.writeStringField("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            g.writeFieldName("links");
            json.writeValue(g, itemsLinks(c, q, links, params, page, OutputFormat.GEOJSON));
            g.writeEndObject();
        }
    }

    private String itemsHtml(Collection c, ItemsQuery q, ParkScope scope, String filterKey, OgcLinks links,
                             MultiValueMap<String, String> params) throws IOException {
        List<JsonNode> features = new ArrayList<>();
        FeatureQueries.PageResult page = queries.page(c, q, scope, filterKey, (featureJson, id) -> features.add(json.readTree(featureJson)));
        String lang = q.language().primary();
        HtmlPage htmlPage = new HtmlPage(lang, c.title().get(lang).orElse(c.id()))
                .paragraph(c.description().get(lang).orElse(""))
                .matched(page.matched())
                .formats(itemsLinks(c, q, links, params, page, OutputFormat.HTML).stream().filter(l -> !l.rel().equals("self")).toList())
                .features(OgcHtml.rows(features, links.to("/collections/" + c.id() + "/items")));
        return html.render(htmlPage);
    }

    private String itemsJsonLd(Collection c, ItemsQuery q, ParkScope scope, String filterKey, OgcLinks links) throws IOException {
        List<ObjectNode> items = new ArrayList<>();
        JsonLdMapping.JsonLdLinks placeLinks = placeLinks(links);
        queries.page(c, q, scope, filterKey, (featureJson, id) -> items.add(jsonLd.item(c, json.readTree(featureJson),
                links.to("/collections/" + c.id() + "/items/" + id), q.language().primary(), placeLinks)));
        return json.writeValueAsString(jsonLd.graph(items));
    }

    /** Route itineraries point at the places collection's features. */
    private static JsonLdMapping.JsonLdLinks placeLinks(OgcLinks links) {
        return placeId -> links.to("/collections/places/items/" + placeId);
    }

    private static List<Link> itemsLinks(Collection c, ItemsQuery q, OgcLinks links, MultiValueMap<String, String> params,
                                         FeatureQueries.PageResult page, OutputFormat current) {
        String path = links.to("/collections/" + c.id() + "/items");
        List<Link> out = new ArrayList<>();
        out.add(Link.of(OgcLinks.withParams(path, params, Map.of("f", "geojson")), current == OutputFormat.GEOJSON ? "self" : "alternate",
                OutputFormat.GEOJSON.mediaType(), "This page as GeoJSON"));
        out.add(Link.of(OgcLinks.withParams(path, params, Map.of("f", "html")), current == OutputFormat.HTML ? "self" : "alternate",
                "text/html", "This page as HTML"));
        out.add(Link.of(OgcLinks.withParams(path, params, Map.of("f", "jsonld")), "alternate", OutputFormat.JSONLD.mediaType(),
                "This page in schema.org JSON-LD"));
        if (page.more()) {
            Map<String, String> next = new HashMap<>();
            next.put("offset", Long.toString(q.offset() + q.limit()));
            next.put("after", page.lastId());
            next.put("limit", Integer.toString(q.limit()));
            next.put("f", current.parameter());
            out.add(Link.of(OgcLinks.withParams(path, params, next), "next", current.mediaType(), "Next page"));
        }
        if (q.offset() > 0) {
            Map<String, String> prev = new HashMap<>();
            prev.put("offset", Long.toString(Math.max(0, q.offset() - q.limit())));
            prev.put("after", null);
            prev.put("limit", Integer.toString(q.limit()));
            prev.put("f", current.parameter());
            out.add(Link.of(OgcLinks.withParams(path, params, prev), "prev", current.mediaType(), "Previous page"));
        }
        out.add(Link.of(links.to("/collections/" + c.id()), "collection", "application/json", "The collection"));
        return out;
    }

    /** The filter-relevant parameters, for the cached count. */
    private static String filterKey(MultiValueMap<String, String> params, Instant now, ParkScope scope) {
        Map<String, String> key = new TreeMap<>();
        params.forEach((name, values) -> {
            if (!List.of("f", "lang", "limit", "offset", "after", "crs").contains(name)) {
                key.put(name, values.get(0));
            }
        });
        return key + (now != null && !params.containsKey("datetime") ? "@" + now : "") + "|" + scope.key();
    }

    private static String canonical(MultiValueMap<String, String> params) {
        return new TreeMap<>(new LinkedMultiValueMap<>(params)).toString();
    }

    private static String now(Collection c, Instant now) {
        return c.inForceNow() ? now.toString() : "";
    }
}
