package org.geoparks.importer.bundled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.Yaml;

/**
 * The bundled dataset read straight from its files, for the rules the catalogue does not store
 * (yet): per-source positions, position notes, seasons, sources' licences, Chinese names across
 * files. The Lạng Sơn places are read from their WGS 84 original, which the dataset test proves
 * equal to the VN-2000 GeoPackage.
 */
final class GeodataFiles {

    static final List<String> PLACE_FILES = List.of("layers/cao-bang/places.geojson", "sources/lang-son-places.wgs84.geojson");
    static final List<String> ROUTE_FILES = List.of("layers/cao-bang/routes.geojson", "layers/lang-son/routes.geojson");
    static final List<String> HAZARD_FILES = List.of("layers/cao-bang/hazards.geojson", "layers/lang-son/hazards.geojson");
    static final List<String> SIGN_FILES = List.of("layers/cao-bang/signs.csv", "layers/lang-son/signs.csv");
    static final List<String> NAMED_FILES = List.of("layers/parks.geojson", "layers/cao-bang/places.geojson",
            "sources/lang-son-places.wgs84.geojson", "layers/cao-bang/routes.geojson", "layers/lang-son/routes.geojson",
            "layers/intangible-heritage.geojson", "layers/partners.geojson");
    static final String POSITIONS = "sources/positions.csv";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    GeodataFiles(Path root) {
        this.root = root;
    }

    /** A place as its file holds it: id, point (lon, lat) and properties. */
    record Place(String id, double lon, double lat, JsonNode properties) {
        String park() {
            return properties.path("park").asText();
        }

        String precision() {
            return properties.path("position_precision").asText(null);
        }

        boolean isProtected() {
            String s = properties.path("sensitivity").asText("public");
            return s.equals("generalised") || s.equals("restricted");
        }

        boolean tagged(String tag) {
            for (JsonNode t : properties.path("tags")) {
                if (t.asText().equals(tag)) {
                    return true;
                }
            }
            return false;
        }

        String text(String field, String language) {
            return properties.path(field).path(language).asText(null);
        }
    }

    /** One source's published position of a place: of the thing itself or of a stand-in (village, commune, trailhead). */
    record SourcePosition(String place, String source, double lon, double lat, boolean itself, String note) {}

    List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (String file : PLACE_FILES) {
            for (JsonNode f : features(file)) {
                JsonNode c = f.path("geometry").path("coordinates");
                places.add(new Place(f.path("id").asText(), c.get(0).asDouble(), c.get(1).asDouble(), f.path("properties")));
            }
        }
        return places;
    }

    List<JsonNode> features(String file) {
        List<JsonNode> out = new ArrayList<>();
        read(file).path("features").forEach(out::add);
        return out;
    }

    List<SourcePosition> positions() {
        List<SourcePosition> out = new ArrayList<>();
        for (CSVRecord r : csv(POSITIONS)) {
            String locates = r.get("locates");
            if (!locates.equals("itself") && !locates.equals("stand-in")) {
                throw new IllegalStateException(POSITIONS + " line " + r.getRecordNumber() + ": locates must be 'itself' or 'stand-in', not " + locates);
            }
            out.add(new SourcePosition(r.get("place"), r.get("source"), Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("lat")),
                    locates.equals("itself"), r.get("note")));
        }
        return out;
    }

    List<CSVRecord> csv(String file) {
        try (Reader in = Files.newBufferedReader(root.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each narration file as YAML: place, trigger_radius_m, narrations{lang: {title, script}}, source. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> narrations() {
        try (Stream<Path> files = Files.list(root.resolve("narrations"))) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add((Map<String, Object>) new Yaml().load(Files.readString(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source keys of SOURCES.md with the text of their licence column. */
    Map<String, String> sourceLicences() {
        Map<String, String> licences = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z0-9-]+)` \\|(.*)\\|\\s*$");
        for (String line : text("SOURCES.md").split("\n")) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                String[] cells = m.group(2).split("\\|");
                licences.put(m.group(1), cells[cells.length - 1].trim());
            }
        }
        return licences;
    }

    JsonNode read(String file) {
        try {
            return JSON.readTree(root.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Great-circle distance in metres on the mean Earth sphere: enough for checks at tens of metres. */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * How far a point may be from the real place, in metres, for each `position_precision` class;
     * null for a class that is not a radius (a boundary).
     */
    static Double radius(String precision) {
        if (precision == null) {
            return null;
        }
        return switch (precision) {
            case "surveyed", "±10 m" -> 10.0;
            case "±100 m" -> 100.0;
            case "±500 m" -> 500.0;
            case "±1 km" -> 1_000.0;
            case "±5 km" -> 5_000.0;
            case "±10 km" -> 10_000.0;
            default -> null;
        };
    }
}
