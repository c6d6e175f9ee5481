package org.geoparks.catalogue.tiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.mapquery.VectorTiles;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.geoparks.catalogue.system.PublicUrl;

/**
 * Mapbox vector tiles of every collection, made by PostGIS ({@code ST_AsMVT}), simplified by
 * zoom, cached per collection version with strong ETags; an empty tile is 204. TileJSON
 * describes each layer for map libraries.
 */
@RestController
class TileController {

    static final String MVT = "application/vnd.mapbox-vector-tile";
    static final int MAX_ZOOM = 20;
    private static final Set<String> PARAMS = Set.of("lang");

    private final Collections collections;
    private final VectorTiles tiles;
    private final ObjectMapper json;
    private final PublicUrl publicUrl;

    TileController(Collections collections, VectorTiles tiles, ObjectMapper json, PublicUrl publicUrl) {
        this.collections = collections;
        this.tiles = tiles;
        this.json = json;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    void tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x, @PathVariable String y,
              @RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Collection c = layer(layer);
        LanguagePreference language = language(params, request);
        int zoom = number("z", z, 0, MAX_ZOOM);
        int max = (1 << zoom) - 1;
        int column = number("x", x, 0, max);
        int row = number("y", y, 0, max);
        VectorTiles.Tile tile = tiles.tile(c, zoom, column, row, language);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("ETag", tile.etag());
        if (tile.empty()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(tile.etag()) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(MVT);
        response.setContentLength(tile.bytes().length);
        response.getOutputStream().write(tile.bytes());
    }

    @GetMapping({"/tiles/{layer}.json", "/tiles/{layer}/tilejson.json"})
    ObjectNode tileJson(@PathVariable String layer, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        Collection c = layer(layer);
        LanguagePreference language = language(params, request);
        String base = publicUrl.base();
        ObjectNode doc = json.createObjectNode();
        doc.put("tilejson", "3.0.0");
        doc.put("name", language.pick(c.title()).map(LanguagePreference.Localized::text).orElse(c.id()));
        doc.put("description", language.pick(c.description()).map(LanguagePreference.Localized::text).orElse(""));
        doc.put("attribution", "Geopark heritage catalogue; sources listed per feature");
        doc.put("scheme", "xyz");
        doc.putArray("tiles").add(base + "/tiles/" + c.id() + "/{z}/{x}/{y}.mvt" + (params.containsKey("lang") ? "?lang=" + language.primary() : ""));
        doc.put("minzoom", 0);
        doc.put("maxzoom", MAX_ZOOM);
        doc.set("bounds", json.valueToTree(tiles.bounds(c)));
        ArrayNode layers = doc.putArray("vector_layers");
        ObjectNode vectorLayer = layers.addObject();
        vectorLayer.put("id", c.id());
        ObjectNode fields = vectorLayer.putObject("fields");
        for (String field : VectorTiles.fields(c)) {
            fields.put(field, "String");
        }
        return doc;
    }

    private Collection layer(String id) {
        return collections.find(id).orElseThrow(() -> new NotFoundException("tile layer", id));
    }

    private static LanguagePreference language(MultiValueMap<String, String> params, HttpServletRequest request) {
        for (String name : params.keySet()) {
            if (!PARAMS.contains(name)) {
                throw new InvalidParameterException(name, "unknown query parameter '" + name + "'; tiles accept lang");
            }
        }
        String lang = params.getFirst("lang");
        try {
            return lang != null ? LanguagePreference.explicit(lang) : LanguagePreference.fromAcceptLanguage(request.getHeader("Accept-Language"));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("lang", e.getMessage());
        }
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new InvalidParameterException(name, name + " must be between " + min + " and " + max + ", not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number, not '" + value + "'");
        }
    }

}
