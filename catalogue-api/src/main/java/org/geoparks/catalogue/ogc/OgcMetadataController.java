package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.mapquery.Extents;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.mapquery.SupportedCrs;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.NotFoundException;
import org.geoparks.catalogue.system.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The landing page, conformance, the OpenAPI document, collection metadata and queryables, as JSON or HTML. */
@RestController
class OgcMetadataController {

    private static final Set<String> METADATA_PARAMS = Set.of("f", "lang");

    private final Collections collections;
    private final Extents extents;
    private final OpenApiDocument openApi;
    private final ObjectMapper json;
    private final OgcHtml html;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    OgcMetadataController(Collections collections, Extents extents, OpenApiDocument openApi, ObjectMapper json, OgcHtml html,
                          MessageSource messages, PublicUrl publicUrl) {
        this.collections = collections;
        this.extents = extents;
        this.openApi = openApi;
        this.json = json;
        this.html = html;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping({"/ogc", "/ogc/"})
    ResponseEntity<byte[]> landingPage(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
        Request r = request(params, request);
        ObjectNode page = json.createObjectNode();
        page.put("title", r.label("ogc.title"));
        page.put("description", "Geosites, caves, heritage, partners, routes, hazards and signs of the UNESCO Global Geoparks "
                + "Non nước Cao Bằng and Lạng Sơn (OGC API – Features).");
        List<Link> links = List.of(
                Link.of(r.links.to("", OutputFormat.JSON), r.format == OutputFormat.JSON ? "self" : "alternate", "application/json", "This document"),
                Link.of(r.links.to("", OutputFormat.HTML), r.format == OutputFormat.HTML ? "self" : "alternate", "text/html", "This document as HTML"),
                Link.of(r.links.to("/api"), "service-desc", OpenApiDocument.MEDIA_TYPE, "The API definition (OpenAPI 3.0)"),
                Link.of(r.links.to("/api", OutputFormat.HTML), "service-doc", "text/html", "The API documentation"),
                Link.of(r.links.to("/conformance"), "conformance", "application/json", "Conformance classes implemented"),
                Link.of(r.links.to("/collections"), "data", "application/json", "The collections"));
        page.putPOJO("links", links);
        if (r.format == OutputFormat.HTML) {
            return send(r, r.page(r.label("ogc.title")).paragraph(page.path("description").asText()).links(links), request);
        }
        return send(r, page, request);
    }

    @GetMapping("/ogc/conformance")
    ResponseEntity<byte[]> conformance(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
        Request r = request(params, request);
        ObjectNode page = json.createObjectNode();
        ArrayNode classes = page.putArray("conformsTo");
        Conformance.CLASSES.forEach(classes::add);
        if (r.format == OutputFormat.HTML) {
            return send(r, r.page(r.label("ogc.conformance"))
                    .links(Conformance.CLASSES.stream().map(c -> Link.of(c, "conformance", null, c)).toList()), request);
        }
        return send(r, page, request);
    }

    @GetMapping("/ogc/api")
    ResponseEntity<byte[]> api(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
        Request r = request(params, request);
        ObjectNode document = openApi.build(r.links.root());
        if (r.format == OutputFormat.HTML) {
            List<Link> paths = new ArrayList<>();
            document.path("paths").fieldNames().forEachRemaining(p -> {
                if (!p.contains("{")) {
                    paths.add(Link.of(r.links.to(p) + (p.contains("?") ? "&" : "?") + "f=html", "item", "text/html",
                            p + " — " + document.path("paths").path(p).path("get").path("summary").asText()));
                }
            });
            return send(r, r.page(r.label("ogc.api")).paragraph(document.path("info").path("description").asText())
                    .formats(List.of(Link.of(r.links.to("/api", OutputFormat.JSON), "alternate", OpenApiDocument.MEDIA_TYPE, "OpenAPI 3.0 (JSON)")))
                    .links(paths), request);
        }
        return send(r, RenderedPage.of(json.writeValueAsString(document), OpenApiDocument.MEDIA_TYPE, 0), request);
    }

    @GetMapping("/ogc/collections")
    ResponseEntity<byte[]> collections(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
        Request r = request(params, request);
        ObjectNode page = json.createObjectNode();
        List<Link> links = List.of(
                Link.of(r.links.to("/collections", OutputFormat.JSON), r.format == OutputFormat.JSON ? "self" : "alternate", "application/json", "The collections"),
                Link.of(r.links.to("/collections", OutputFormat.HTML), r.format == OutputFormat.HTML ? "self" : "alternate", "text/html", "The collections as HTML"));
        page.putPOJO("links", links);
        page.set("crs", json.valueToTree(SupportedCrs.uris()));
        ArrayNode list = page.putArray("collections");
        for (Collection c : collections.all()) {
            list.add(describe(c, r));
        }
        if (r.format == OutputFormat.HTML) {
            return send(r, r.page(r.label("ogc.collections")).links(collections.all().stream()
                    .map(c -> Link.of(r.links.to("/collections/" + c.id(), OutputFormat.HTML), "data", "text/html",
                            r.text(c.title(), c.id()) + " — " + r.text(c.description(), ""))).toList()), request);
        }
        return send(r, page, request);
    }

    @GetMapping("/ogc/collections/{collectionId}")
    ResponseEntity<byte[]> collection(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                                      HttpServletRequest request) throws IOException {
        Collection c = find(collectionId);
        Request r = request(params, request);
        ObjectNode description = describe(c, r);
        if (r.format == OutputFormat.HTML) {
            return send(r, r.page(description.path("title").asText()).paragraph(description.path("description").asText())
                    .links(json.convertValue(description.get("links"), json.getTypeFactory().constructCollectionType(List.class, Link.class)))
                    .code(r.label("ogc.extent"), description.path("extent").toPrettyString()), request);
        }
        return send(r, description, request);
    }

    @GetMapping("/ogc/collections/{collectionId}/queryables")
    ResponseEntity<byte[]> queryables(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                                      HttpServletRequest request) throws IOException {
        Collection c = find(collectionId);
        Request r = request(params, request);
        ObjectNode schema = Queryables.of(c, r.links.to("/collections/" + c.id() + "/queryables"), r.text(c.title(), c.id()), json);
        if (r.format == OutputFormat.HTML) {
            return send(r, r.page(r.text(c.title(), c.id())).code("queryables", schema.toPrettyString()), request);
        }
        return send(r, RenderedPage.of(json.writeValueAsString(schema), Queryables.MEDIA_TYPE, 0), request);
    }

    private Collection find(String id) {
        return collections.find(id).orElseThrow(() -> new NotFoundException("collection", id));
    }

    private ObjectNode describe(Collection c, Request r) {
        String lang = r.language.primary();
        ObjectNode node = json.createObjectNode();
        node.put("id", c.id());
        node.put("title", r.text(c.title(), c.id()));
        node.put("description", r.text(c.description(), ""));
        node.put("itemType", "feature");
        node.set("crs", json.valueToTree(SupportedCrs.uris()));
        node.put("storageCrs", SupportedCrs.CRS84.uri());
        Extents.Extent extent = extents.of(c);
        ObjectNode e = node.putObject("extent");
        ObjectNode spatial = e.putObject("spatial");
        spatial.putArray("bbox").add(json.valueToTree(extent.rounded()));
        spatial.put("crs", SupportedCrs.CRS84.uri());
        if (extent.interval() != null) {
            ObjectNode temporal = e.putObject("temporal");
            ArrayNode interval = temporal.putArray("interval").addArray();
            interval.add(extent.interval()[0]);
            interval.add(extent.interval()[1]);
            temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        }
        String base = "/collections/" + c.id();
        node.putPOJO("links", List.of(
                Link.of(r.links.to(base, OutputFormat.JSON), "self", "application/json", "This collection"),
                Link.of(r.links.to(base, OutputFormat.HTML), "alternate", "text/html", "This collection as HTML"),
                Link.of(r.links.to(base + "/items"), "items", "application/geo+json", "Features as GeoJSON"),
                Link.of(r.links.to(base + "/items", OutputFormat.HTML), "items", "text/html", "Features as HTML"),
                Link.of(r.links.to(base + "/items", OutputFormat.JSONLD), "items", "application/ld+json", "Features in schema.org JSON-LD"),
                new Link(r.links.to(base + "/items", OutputFormat.JSON) + "&lang=" + lang, "items", "application/geo+json",
                        "Features as GeoJSON in " + lang, lang),
                Link.of(r.links.to(base + "/queryables"), Queryables.REL, Queryables.MEDIA_TYPE, "The properties features can be filtered by")));
        return node;
    }

    /** What every metadata request shares: its format, language, links and labels. */
    private final class Request {
        final OutputFormat format;
        final LanguagePreference language;
        final OgcLinks links;

        Request(OutputFormat format, LanguagePreference language, OgcLinks links) {
            this.format = format;
            this.language = language;
            this.links = links;
        }

        String label(String key) {
            return messages.getMessage(key, null, java.util.Locale.forLanguageTag(language.primary()));
        }

        String text(org.geoparks.catalogue.i18n.LocalizedText text, String fallback) {
            return language.pick(text).map(LanguagePreference.Localized::text).orElse(fallback);
        }

        HtmlPage page(String title) {
            return new HtmlPage(language.primary(), title);
        }
    }

    private Request request(MultiValueMap<String, String> params, HttpServletRequest request) {
        for (String name : params.keySet()) {
            if (!METADATA_PARAMS.contains(name)) {
                throw new InvalidParameterException(name, "unknown query parameter '" + name + "'; this resource accepts f and lang");
            }
        }
        OutputFormat format = OutputFormat.negotiate(params.getFirst("f"), request.getHeader(HttpHeaders.ACCEPT), OutputFormat.JSON);
        if (format == OutputFormat.GEOJSON || format == OutputFormat.JSONLD) {
            format = OutputFormat.JSON;
        }
        LanguagePreference language = ItemsQuery.language(params.getFirst("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return new Request(format, language, OgcLinks.of(publicUrl));
    }

    private ResponseEntity<byte[]> send(Request r, ObjectNode body, HttpServletRequest request) throws IOException {
        return send(r, RenderedPage.of(json.writeValueAsString(body), "application/json", 0), request);
    }

    private ResponseEntity<byte[]> send(Request r, HtmlPage page, HttpServletRequest request) {
        return send(r, RenderedPage.of(html.render(page), "text/html;charset=UTF-8", 0), request);
    }

    private ResponseEntity<byte[]> send(Request r, RenderedPage page, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_LANGUAGE, r.language.primary());
        return HttpCaching.send(page, request, "public, max-age=60", headers);
    }
}
