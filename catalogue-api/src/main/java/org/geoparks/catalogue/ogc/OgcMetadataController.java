package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The landing page, conformance, the OpenAPI document and collection metadata, as JSON or HTML. */
@RestController
class OgcMetadataController {

    private static final Set<String> METADATA_PARAMS = Set.of("f", "lang");

    private final OgcCollections collections;
    private final Extents extents;
    private final OpenApiDocument openApi;
    private final ObjectMapper json;

    OgcMetadataController(OgcCollections collections, Extents extents, OpenApiDocument openApi, ObjectMapper json) {
        this.collections = collections;
        this.extents = extents;
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping({"/ogc", "/ogc/"})
    void landingPage(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request r = request(params, request);
        ObjectNode page = json.createObjectNode();
        page.put("title", r.html.label("title"));
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
            send(r, r.html.paragraph(page.path("description").asText()).links(links).render(), request, response);
        } else {
            send(r, page, request, response);
        }
    }

    @GetMapping("/ogc/conformance")
    void conformance(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request r = request(params, request);
        ObjectNode page = json.createObjectNode();
        ArrayNode classes = page.putArray("conformsTo");
        Conformance.CLASSES.forEach(classes::add);
        if (r.format == OutputFormat.HTML) {
            send(r, r.html.heading(r.html.label("conformance")).links(Conformance.CLASSES.stream().map(c -> Link.of(c, "conformance", null, c)).toList()).render(),
                    request, response);
        } else {
            send(r, page, request, response);
        }
    }

    @GetMapping("/ogc/api")
    void api(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response) throws IOException {
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
            send(r, r.html.paragraph(document.path("info").path("description").asText())
                    .formats(List.of(Link.of(r.links.to("/api", OutputFormat.JSON), "alternate", OpenApiDocument.MEDIA_TYPE, "OpenAPI 3.0 (JSON)")))
                    .links(paths).render(), request, response);
        } else {
            send(r, RenderedPage.of(json.writeValueAsString(document), OpenApiDocument.MEDIA_TYPE, 0), request, response);
        }
    }

    @GetMapping("/ogc/collections")
    void collections(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request r = request(params, request);
        ObjectNode page = json.createObjectNode();
        List<Link> links = List.of(
                Link.of(r.links.to("/collections", OutputFormat.JSON), r.format == OutputFormat.JSON ? "self" : "alternate", "application/json", "The collections"),
                Link.of(r.links.to("/collections", OutputFormat.HTML), r.format == OutputFormat.HTML ? "self" : "alternate", "text/html", "The collections as HTML"));
        page.putPOJO("links", links);
        page.set("crs", json.valueToTree(SupportedCrs.uris()));
        ArrayNode list = page.putArray("collections");
        for (OgcCollection c : collections.all()) {
            list.add(describe(c, r));
        }
        if (r.format == OutputFormat.HTML) {
            send(r, r.html.links(collections.all().stream().map(c -> Link.of(r.links.to("/collections/" + c.id(), OutputFormat.HTML), "data",
                    "text/html", c.title().get(r.language.primary()).orElse(c.id()) + " — " + c.description().get(r.language.primary()).orElse(""))).toList()).render(),
                    request, response);
        } else {
            send(r, page, request, response);
        }
    }

    @GetMapping("/ogc/collections/{collectionId}")
    void collection(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
        OgcCollection c = collections.find(collectionId).orElseThrow(() -> new NotFoundException("collection", collectionId));
        Request r = request(params, request);
        ObjectNode description = describe(c, r);
        if (r.format == OutputFormat.HTML) {
            OgcHtml html = new OgcHtml(r.language.primary(), description.path("title").asText());
            send(r, html.paragraph(description.path("description").asText())
                    .links(json.convertValue(description.get("links"), json.getTypeFactory().constructCollectionType(List.class, Link.class)))
                    .heading("extent").code(description.path("extent").toPrettyString()).render(), request, response);
        } else {
            send(r, description, request, response);
        }
    }

    private ObjectNode describe(OgcCollection c, Request r) {
        String lang = r.language.primary();
        ObjectNode node = json.createObjectNode();
        node.put("id", c.id());
        node.put("title", r.language.pick(c.title()).map(LanguagePreference.Localized::text).orElse(c.id()));
        node.put("description", r.language.pick(c.description()).map(LanguagePreference.Localized::text).orElse(""));
        node.put("itemType", "feature");
        node.set("crs", json.valueToTree(SupportedCrs.uris()));
        node.put("storageCrs", SupportedCrs.CRS84.uri());
        Extents.Extent extent = extents.of(c);
        ObjectNode e = node.putObject("extent");
        ObjectNode spatial = e.putObject("spatial");
        spatial.putArray("bbox").add(json.valueToTree(extent.bbox()));
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
                        "Features as GeoJSON in " + lang, lang)));
        return node;
    }

    private record Request(OutputFormat format, LanguagePreference language, OgcLinks links, OgcHtml html) {
    }

    private Request request(MultiValueMap<String, String> params, HttpServletRequest request) {
        for (String name : params.keySet()) {
            if (!METADATA_PARAMS.contains(name)) {
                throw new OgcRequestException(name, "unknown query parameter '" + name + "'; this resource accepts f and lang");
            }
        }
        OutputFormat format = OutputFormat.negotiate(params.getFirst("f"), request.getHeader("Accept"), OutputFormat.JSON);
        if (format == OutputFormat.GEOJSON || format == OutputFormat.JSONLD) {
            format = OutputFormat.JSON;
        }
        LanguagePreference language = ItemsQuery.language(params.getFirst("lang"), request.getHeader("Accept-Language"));
        return new Request(format, language, OgcLinks.of(request), new OgcHtml(language.primary(), title(request)));
    }

    private static String title(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.endsWith("/conformance") ? "Conformance" : path.endsWith("/collections") ? "Collections"
                : path.endsWith("/api") ? "API" : "OGC API – Features";
    }

    private void send(Request r, ObjectNode body, HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(r, RenderedPage.of(json.writeValueAsString(body), "application/json", 0), request, response);
    }

    private void send(Request r, String html, HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(r, RenderedPage.of(html, "text/html;charset=UTF-8", 0), request, response);
    }

    private void send(Request r, RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Language", r.language.primary());
        HttpCaching.send(page, request, response, "public, max-age=60");
    }
}
