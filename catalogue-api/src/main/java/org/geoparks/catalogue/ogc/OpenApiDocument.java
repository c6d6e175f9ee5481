package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.mapquery.SupportedCrs;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI 3.0 description of the map service, generated from the collection declarations.
 * Self-contained: every schema and parameter is inline or a local {@code #/components} reference,
 * so that offline clients and test suites find everything.
 */
@Component
class OpenApiDocument {

    static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

    private final Collections collections;
    private final ObjectMapper json;
    private final OgcTransactionsApi transactions;

    OpenApiDocument(Collections collections, ObjectMapper json, OgcTransactionsApi transactions) {
        this.collections = collections;
        this.json = json;
        this.transactions = transactions;
    }

    ObjectNode build(String serverUrl) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Geopark heritage catalogue — OGC API – Features");
        info.put("version", "1.0.0");
        info.put("description", "Geosites, caves, heritage, partners, routes, hazards and signs of the UNESCO Global Geoparks "
                + "Non nước Cao Bằng and Lạng Sơn, as GeoJSON (RFC 7946), HTML and schema.org JSON-LD, in Vietnamese, English "
                + "and Chinese, in WGS 84, Web Mercator or VN-2000.");
        info.putObject("license").put("name", "Data: see the catalogue's sources (OpenStreetMap-derived data ODbL)");
        doc.putArray("servers").addObject().put("url", serverUrl);
        components(doc.putObject("components"));
        ObjectNode paths = doc.putObject("paths");
        simple(paths, "/", "getLandingPage", "Landing page", "#/components/schemas/landingPage");
        simple(paths, "/api", "getApiDescription", "This OpenAPI document", null);
        simple(paths, "/conformance", "getConformanceDeclaration", "Conformance classes implemented", "#/components/schemas/conformance");
        simple(paths, "/collections", "getCollections", "The collections", "#/components/schemas/collections");
        ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
        for (Collection c : collections.all()) {
            String base = "/collections/" + c.id();
            simple(paths, base, "describe" + camel(c.id()), "Metadata of " + c.title().get("en").orElse(c.id()), "#/components/schemas/collection");
            simple(paths, base + "/queryables", "getQueryables" + camel(c.id()), "The queryables of " + c.title().get("en").orElse(c.id()),
                    null, Queryables.MEDIA_TYPE);
            featureSchemas(schemas, c);
            items(paths.putObject(base + "/items").putObject("get"), c);
            feature(paths.putObject(base + "/items/{featureId}").putObject("get"), c);
            transactions.describe((ObjectNode) paths.get(base + "/items"), (ObjectNode) paths.get(base + "/items/{featureId}"), c);
        }
        return doc;
    }

    private void simple(ObjectNode paths, String path, String operationId, String summary, String schemaRef) {
        simple(paths, path, operationId, summary, schemaRef, MEDIA_TYPE);
    }

    private void simple(ObjectNode paths, String path, String operationId, String summary, String schemaRef, String otherMediaType) {
        ObjectNode get = paths.putObject(path).putObject("get");
        get.put("operationId", operationId);
        get.put("summary", summary);
        ArrayNode parameters = get.putArray("parameters");
        parameters.addObject().put("$ref", "#/components/parameters/f");
        if (!path.equals("/api")) {
            parameters.addObject().put("$ref", "#/components/parameters/lang");
        }
        ObjectNode content = get.putObject("responses").putObject("200").put("description", summary).putObject("content");
        if (schemaRef != null) {
            content.putObject("application/json").putObject("schema").put("$ref", schemaRef);
        } else {
            content.putObject(otherMediaType).putObject("schema").put("type", "object");
        }
        content.putObject("text/html").putObject("schema").put("type", "string");
        problems((ObjectNode) get.get("responses"));
    }

    /**
     * The schema of the collection's features and pages, from its fields: the properties a client
     * finds, their types and allowed values.
     */
    private void featureSchemas(ObjectNode schemas, Collection c) {
        ObjectNode feature = object("type", "string", "id", "string");
        ObjectNode featureProps = (ObjectNode) feature.get("properties");
        featureProps.putObject("geometry").put("type", "object").put("nullable", true);
        ObjectNode properties = featureProps.putObject("properties").put("type", "object");
        ObjectNode fields = properties.putObject("properties");
        for (Field field : c.fields()) {
            fields.set(field.name(), FieldSchemas.of(field, json).put("nullable", true));
        }
        schemas.set("feature-" + c.id(), feature);
        ObjectNode page = object("type", "string", "timeStamp", "string", "numberMatched", "integer", "numberReturned", "integer");
        ((ObjectNode) page.get("properties")).putObject("features").put("type", "array").putObject("items")
                .put("$ref", "#/components/schemas/feature-" + c.id());
        ((ObjectNode) page.get("properties")).putObject("links").put("type", "array").putObject("items").put("$ref", "#/components/schemas/link");
        schemas.set("features-" + c.id(), page);
    }

    private void items(ObjectNode get, Collection c) {
        get.put("operationId", "getFeatures" + camel(c.id()));
        get.put("summary", "Features of " + c.title().get("en").orElse(c.id()));
        get.put("description", c.description().get("en").orElse("") + (c.timeBound()
                ? " Without datetime, only the records in force now are returned." : ""));
        ArrayNode parameters = get.putArray("parameters");
        for (String common : new String[] {"limit", "offset", "after", "bbox", "bbox-crs", "crs", "datetime", "lang", "f"}) {
            parameters.addObject().put("$ref", "#/components/parameters/" + common);
        }
        if (c.layer().isSearched()) {
            parameters.addObject().put("$ref", "#/components/parameters/" + ItemsQuery.TEXT);
        }
        c.filters().forEach((name, field) -> {
            ObjectNode p = parameters.addObject();
            p.put("name", name);
            p.put("in", "query");
            p.put("required", false);
            p.put("style", "form");
            p.put("explode", false);
            p.put("description", field.type().isList() ? "Only features whose " + field.name() + " include this value."
                    : "Only features whose " + field.name() + " is this value.");
            ObjectNode schema = p.putObject("schema").put("type", "string");
            if (field.allowedValues() != null) {
                ArrayNode values = schema.putArray("enum");
                field.allowedValues().forEach(values::add);
            }
        });
        ObjectNode responses = get.putObject("responses");
        ObjectNode content = responses.putObject("200").put("description", "A page of features").putObject("content");
        content.putObject("application/geo+json").putObject("schema").put("$ref", "#/components/schemas/features-" + c.id());
        content.putObject("text/html").putObject("schema").put("type", "string");
        content.putObject("application/ld+json").putObject("schema").put("type", "object");
        problems(responses);
    }

    private void feature(ObjectNode get, Collection c) {
        get.put("operationId", "getFeature" + camel(c.id()));
        get.put("summary", "One feature of " + c.title().get("en").orElse(c.id()));
        ArrayNode parameters = get.putArray("parameters");
        ObjectNode id = parameters.addObject();
        id.put("name", "featureId");
        id.put("in", "path");
        id.put("required", true);
        id.putObject("schema").put("type", "string");
        for (String common : new String[] {"crs", "lang", "f"}) {
            parameters.addObject().put("$ref", "#/components/parameters/" + common);
        }
        ObjectNode responses = get.putObject("responses");
        ObjectNode content = responses.putObject("200").put("description", "The feature").putObject("content");
        content.putObject("application/geo+json").putObject("schema").put("$ref", "#/components/schemas/feature-" + c.id());
        content.putObject("text/html").putObject("schema").put("type", "string");
        content.putObject("application/ld+json").putObject("schema").put("type", "object");
        problems(responses);
    }

    private static void problems(ObjectNode responses) {
        responses.putObject("400").put("description", "The request is malformed (problem+json says which parameter)")
                .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/problem");
        responses.putObject("404").put("description", "No such resource")
                .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/problem");
    }

    private void components(ObjectNode components) {
        ObjectNode parameters = components.putObject("parameters");
        queryParameter(parameters, "limit", "The number of features on a page.")
                .put("type", "integer").put("minimum", 1).put("maximum", ItemsQuery.MAX_LIMIT).put("default", ItemsQuery.DEFAULT_LIMIT);
        queryParameter(parameters, "offset", "How many features to skip (next links carry it).")
                .put("type", "integer").put("minimum", 0).put("default", 0);
        queryParameter(parameters, "after", "Keyset cursor: the id of the last feature of the previous page (next links carry it; faster than offset deep into a collection).")
                .put("type", "string");
        ObjectNode bbox = queryParameter(parameters, "bbox", "Only features that intersect this box: west,south,east,north (in bbox-crs; CRS84 by default). West > east crosses the antimeridian.");
        bbox.put("type", "array").put("minItems", 4).put("maxItems", 6).putObject("items").put("type", "number");
        queryParameter(parameters, "bbox-crs", "The CRS of bbox.").put("type", "string").put("format", "uri")
                .set("enum", json.valueToTree(SupportedCrs.uris()));
        queryParameter(parameters, "crs", "The CRS of the geometries returned.").put("type", "string").put("format", "uri")
                .set("enum", json.valueToTree(SupportedCrs.uris()));
        queryParameter(parameters, "datetime", "An instant or interval (RFC 3339; '..' opens an end; durations like P2D). Applies to time-bound collections (hazards).")
                .put("type", "string");
        queryParameter(parameters, ItemsQuery.TEXT, "Free text, as in /api/v1/search (any of the three languages, with or without Vietnamese marks, typos forgiven): only the features it matches, combined with the other filters.")
                .put("type", "string").put("maxLength", 256);
        queryParameter(parameters, "lang", "The language of names and descriptions (vi, en, zh-Hans; zh and zh-CN select zh-Hans). Accept-Language is honoured too.")
                .put("type", "string").set("enum", json.valueToTree(java.util.List.of("vi", "en", "zh-Hans", "zh", "zh-CN")));
        queryParameter(parameters, "f", "The encoding (else negotiated from Accept).")
                .put("type", "string").set("enum", json.valueToTree(java.util.List.of("json", "geojson", "html", "jsonld")));

        ObjectNode schemas = components.putObject("schemas");
        schemas.set("link", object("href", "string", "rel", "string", "type", "string", "title", "string", "hreflang", "string")
                .set("required", json.valueToTree(java.util.List.of("href", "rel"))));
        ObjectNode links = json.createObjectNode().put("type", "array");
        links.putObject("items").put("$ref", "#/components/schemas/link");
        ObjectNode landingPage = object("title", "string", "description", "string");
        ((ObjectNode) landingPage.get("properties")).set("links", links.deepCopy());
        schemas.set("landingPage", landingPage);
        ObjectNode conformance = object();
        ((ObjectNode) conformance.get("properties")).putObject("conformsTo").put("type", "array").putObject("items").put("type", "string");
        schemas.set("conformance", conformance);
        ObjectNode collection = object("id", "string", "title", "string", "description", "string", "itemType", "string", "storageCrs", "string");
        ObjectNode collectionProps = (ObjectNode) collection.get("properties");
        collectionProps.set("links", links.deepCopy());
        collectionProps.putObject("extent").put("type", "object");
        collectionProps.putObject("crs").put("type", "array").putObject("items").put("type", "string");
        schemas.set("collection", collection);
        ObjectNode collectionsSchema = object();
        ((ObjectNode) collectionsSchema.get("properties")).set("links", links.deepCopy());
        ((ObjectNode) collectionsSchema.get("properties")).putObject("collections").put("type", "array").putObject("items").put("$ref", "#/components/schemas/collection");
        schemas.set("collections", collectionsSchema);
        ObjectNode feature = object("type", "string", "id", "string");
        ((ObjectNode) feature.get("properties")).putObject("geometry").put("type", "object").put("nullable", true);
        ((ObjectNode) feature.get("properties")).putObject("properties").put("type", "object").put("nullable", true);
        schemas.set("feature", feature);
        ObjectNode featureCollection = object("type", "string", "timeStamp", "string", "numberMatched", "integer", "numberReturned", "integer");
        ((ObjectNode) featureCollection.get("properties")).putObject("features").put("type", "array").putObject("items").put("$ref", "#/components/schemas/feature");
        ((ObjectNode) featureCollection.get("properties")).set("links", links.deepCopy());
        schemas.set("featureCollection", featureCollection);
        schemas.set("problem", object("type", "string", "title", "string", "status", "integer", "detail", "string", "instance", "string"));
    }

    private ObjectNode queryParameter(ObjectNode parameters, String name, String description) {
        ObjectNode p = parameters.putObject(name);
        p.put("name", name);
        p.put("in", "query");
        p.put("description", description);
        p.put("required", false);
        p.put("style", "form");
        p.put("explode", false);
        return p.putObject("schema");
    }

    private ObjectNode object(String... namesAndTypes) {
        ObjectNode schema = json.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (int i = 0; i + 1 < namesAndTypes.length; i += 2) {
            properties.putObject(namesAndTypes[i]).put("type", namesAndTypes[i + 1]);
        }
        return schema;
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
