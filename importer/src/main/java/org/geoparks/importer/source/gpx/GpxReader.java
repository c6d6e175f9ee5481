package org.geoparks.importer.source.gpx;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Link;
import io.jenetics.jpx.Route;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.FileText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The tracks, routes or waypoints of a GPX file, one feature each, in WGS 84 (CRS84). jpx reads the
 * whole document in strict mode (an invalid value is an error, not a dropped element), so memory
 * grows with the file; GPX files are GPS logs of megabytes. A track's segments make one
 * MultiLineString (a LineString when there is one); elevation is kept as the attribute {@code ele}
 * of waypoints, not as z.
 */
final class GpxReader implements FeatureReader {

    private enum Part { TRACKS, ROUTES, WAYPOINTS }

    private final String name;
    private final FileText text;
    private final GeometryFactory factory = new GeometryFactory();
    private final Iterator<Object> items;
    private long index;

    GpxReader(Path file, String layer) throws IOException {
        this.name = file.getFileName().toString();
        this.text = FileText.declared(name, StandardCharsets.UTF_8, "its XML declaration", "UTF-8");
        List<Part> parts = parts(layer);
        GPX gpx;
        try {
            gpx = GPX.Reader.DEFAULT.read(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof NoSuchFileException) {
                throw (IOException) e;
            }
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("^Invalid GPX: ", "").replaceAll("\\s+", " ").strip();
            throw new UnreadableFileException(name + " is not a readable GPX file: " + reason, e);
        }
        List<Stream<?>> streams = new ArrayList<>();
        for (Part part : parts) {
            streams.add(switch (part) {
                case TRACKS -> gpx.tracks();
                case ROUTES -> gpx.routes();
                case WAYPOINTS -> gpx.wayPoints();
            });
        }
        this.items = streams.stream().<Object>flatMap(s -> s.map(Object.class::cast)).iterator();
    }

    private List<Part> parts(String layer) {
        if (layer == null) {
            return List.of(Part.TRACKS, Part.ROUTES);
        }
        return switch (layer.strip().toLowerCase(Locale.ROOT)) {
            case "tracks", "track", "trk" -> List.of(Part.TRACKS);
            case "routes", "route", "rte" -> List.of(Part.ROUTES);
            case "waypoints", "waypoint", "wpt" -> List.of(Part.WAYPOINTS);
            default -> throw new UnreadableFileException("%s: a GPX file has the layers tracks, routes and waypoints, not '%s'".formatted(name, layer));
        };
    }

    @Override
    public Optional<SourceCrs> declaredCrs() {
        return Optional.of(SourceCrs.CRS84);
    }

    @Override
    public SourceFeature next() {
        if (!items.hasNext()) {
            return null;
        }
        Object item = items.next();
        long position = ++index;
        return switch (item) {
            case Track track -> track(track, position);
            case Route route -> route(route, position);
            case WayPoint point -> wayPoint(point, position);
            default -> throw new IllegalStateException("unexpected GPX item " + item);
        };
    }

    private SourceFeature track(Track track, long position) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("gpx_element", "trk");
        describe(attributes, track.getName(), track.getComment(), track.getDescription(), track.getSource(), track.getType(), track.getLinks());
        track.getNumber().ifPresent(n -> attributes.put("number", n.intValue()));
        String label = label(track.getName(), "track", position);
        List<LineString> lines = new ArrayList<>();
        List<TrackSegment> segments = track.getSegments();
        for (int i = 0; i < segments.size(); i++) {
            List<WayPoint> points = segments.get(i).getPoints();
            if (points.isEmpty()) {
                continue;
            }
            if (points.size() == 1) {
                throw new UnreadableFeatureException(label, "has segment %d with a single point; a line needs two or more".formatted(i + 1));
            }
            lines.add(line(points));
        }
        Geometry geometry = lines.isEmpty() ? null : lines.size() == 1 ? lines.getFirst() : factory.createMultiLineString(lines.toArray(LineString[]::new));
        return new SourceFeature(position, null, geometry, attributes);
    }

    private SourceFeature route(Route route, long position) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("gpx_element", "rte");
        describe(attributes, route.getName(), route.getComment(), route.getDescription(), route.getSource(), route.getType(), route.getLinks());
        route.getNumber().ifPresent(n -> attributes.put("number", n.intValue()));
        List<WayPoint> points = route.getPoints();
        if (points.size() == 1) {
            throw new UnreadableFeatureException(label(route.getName(), "route", position), "has a single point; a line needs two or more");
        }
        return new SourceFeature(position, null, points.isEmpty() ? null : line(points), attributes);
    }

    private SourceFeature wayPoint(WayPoint point, long position) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        describe(attributes, point.getName(), point.getComment(), point.getDescription(), point.getSource(), point.getType(), point.getLinks());
        point.getSymbol().ifPresent(s -> attributes.put("sym", text.check(s, "waypoint " + position + ", sym")));
        point.getElevation().ifPresent(e -> attributes.put("ele", e.doubleValue()));
        point.getTime().ifPresent(t -> attributes.put("time", t.toString()));
        return new SourceFeature(position, null, factory.createPoint(coordinate(point)), attributes);
    }

    private void describe(Map<String, Object> attributes, Optional<String> name, Optional<String> comment, Optional<String> description,
                          Optional<String> source, Optional<String> type, List<Link> links) {
        put(attributes, "name", name);
        put(attributes, "cmt", comment);
        put(attributes, "desc", description);
        put(attributes, "src", source);
        put(attributes, "type", type);
        if (!links.isEmpty()) {
            attributes.put("link", links.getFirst().getHref().toString());
        }
    }

    private void put(Map<String, Object> attributes, String key, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> attributes.put(key, text.check(v, key)));
    }

    private static String label(Optional<String> name, String kind, long position) {
        return name.filter(n -> !n.isBlank()).map(n -> kind + " '" + n + "'").orElse("#" + position);
    }

    private LineString line(List<WayPoint> points) {
        return factory.createLineString(points.stream().map(GpxReader::coordinate).toArray(Coordinate[]::new));
    }

    private static Coordinate coordinate(WayPoint point) {
        return new Coordinate(point.getLongitude().doubleValue(), point.getLatitude().doubleValue());
    }

    @Override
    public void close() {
        // jpx has read and closed the file
    }
}
