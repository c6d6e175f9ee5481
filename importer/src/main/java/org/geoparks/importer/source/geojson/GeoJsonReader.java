package org.geoparks.importer.source.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams the features of a FeatureCollection (or a single Feature) without reading the whole file
 * into memory. A {@code crs} member, where present, must come before {@code features}, as every
 * writer of the 2008 format puts it.
 */
final class GeoJsonReader implements FeatureReader {

    private final ObjectMapper json;
    private final Path file;
    private final JsonParser parser;
    private SourceCrs crs;
    private boolean inFeatures;
    private boolean finished;
    private JsonNode singleFeature;
    private long index;

    GeoJsonReader(ObjectMapper json, Path file) throws IOException {
        this.json = json;
        this.file = file;
        InputStream in = Files.newInputStream(file);
        try {
            // Jackson reads the first bytes here to tell the encoding (UTF-8, -16 or -32).
            this.parser = json.getFactory().createParser(in);
        } catch (JsonProcessingException | CharConversionException e) {
            in.close();
            throw malformed(e);
        }
        try {
            readHeader();
        } catch (JsonProcessingException | CharConversionException e) {
            parser.close();
            throw malformed(e);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    private void readHeader() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new UnreadableFileException(file.getFileName() + " is not GeoJSON: it does not start with a JSON object");
        }
        String type = null;
        Map<String, JsonNode> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("features")) {
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw new UnreadableFileException(file.getFileName() + ": 'features' must be an array");
                }
                inFeatures = true;
                break;
            }
            JsonNode value = json.readTree(parser);
            if (name.equals("type")) {
                type = value.asText();
            } else if (name.equals("crs")) {
                crs = crsOf(value);
            }
            members.put(name, value);
        }
        if (inFeatures) {
            if (type != null && !type.equals("FeatureCollection")) {
                throw new UnreadableFileException(file.getFileName() + ": a '" + type + "' cannot have features");
            }
            return;
        }
        finished = true;
        if ("Feature".equals(type)) {
            singleFeature = json.valueToTree(members);
        } else if (!"FeatureCollection".equals(type)) {
            throw new UnreadableFileException(file.getFileName() + " is not a GeoJSON FeatureCollection or Feature (type: " + type + ")");
        }
    }

    private SourceCrs crsOf(JsonNode crsMember) {
        String name = crsMember.path("properties").path("name").asText(null);
        if (name == null) {
            throw new UnreadableFileException(file.getFileName() + ": its 'crs' member names no CRS (expected properties.name)");
        }
        try {
            return SourceCrs.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException(file.getFileName() + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<SourceCrs> declaredCrs() {
        return Optional.ofNullable(crs);
    }

    @Override
    public SourceFeature next() throws IOException {
        if (singleFeature != null) {
            JsonNode feature = singleFeature;
            singleFeature = null;
            return toFeature(feature);
        }
        if (finished) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                return null;
            }
            JsonNode feature = json.readTree(parser);
            return toFeature(feature);
        } catch (JsonProcessingException | CharConversionException e) {
            finished = true;
            throw malformed(e);
        }
    }

    private SourceFeature toFeature(JsonNode node) {
        long position = ++index;
        JsonNode idNode = node.get("id");
        // RFC 7946: an id is a string or a number.
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank() ? idNode.asText() : null;
        String label = id != null ? id : "#" + position;
        if (!node.isObject() || !"Feature".equals(node.path("type").asText())) {
            throw new UnreadableFeatureException(label, "is not a GeoJSON Feature (its type is '" + node.path("type").asText() + "')");
        }
        Geometry geometry = null;
        JsonNode geometryNode = node.get("geometry");
        if (geometryNode != null && !geometryNode.isNull()) {
            try {
                geometry = json.treeToValue(geometryNode, Geometry.class);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableFeatureException(label, "has a geometry that is not valid GeoJSON: " + firstLine(e.getMessage()));
            }
        }
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isNumber()) {
            throw new UnreadableFeatureException(label, "has an id that is neither a string nor a number");
        }
        JsonNode properties = node.get("properties");
        if (properties != null && !properties.isNull() && !properties.isObject()) {
            throw new UnreadableFeatureException(label, "has properties that are not a JSON object (null or {…})");
        }
        Map<String, Object> attributes = properties == null || properties.isNull()
                ? new LinkedHashMap<>()
                : json.convertValue(properties, json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        return new SourceFeature(position, id, geometry, attributes);
    }

    /**
     * Malformed JSON (with where Jackson stopped), JSON beyond Jackson's limits (nesting, number
     * length), or bytes that are not UTF-8, -16 or -32 text (Jackson's CharConversionException).
     */
    private UnreadableFileException malformed(IOException e) {
        if (e instanceof JsonProcessingException p) {
            // A limit (StreamConstraintsException) carries no location: where the parser stopped is it.
            JsonLocation at = p.getLocation() != null ? p.getLocation() : parser != null ? parser.currentLocation() : null;
            String reason = firstLine(p.getOriginalMessage()).replaceFirst(", from `[^`]*`\\)", ")");
            return new UnreadableFileException(at == null
                    ? "%s is not well-formed JSON: %s".formatted(file.getFileName(), reason)
                    : "%s is not well-formed JSON at line %d, column %d: %s".formatted(file.getFileName(), at.getLineNr(), at.getColumnNr(), reason));
        }
        return new UnreadableFileException("%s is not JSON text in UTF-8 (or UTF-16, UTF-32): %s".formatted(file.getFileName(), firstLine(e.getMessage())));
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
