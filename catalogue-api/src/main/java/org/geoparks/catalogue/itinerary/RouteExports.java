package org.geoparks.catalogue.itinerary;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Routes as GPX 1.1 (a track per route, a waypoint per stop) and KML 2.2 (a placemark per route
 * and per stop), for operators' itinerary tools. Positions are the public ones the reads give:
 * a line is cut around protected sites, a stop at a restricted site has no waypoint (its
 * description says so). GPX is written by jpx; KML, which jpx does not write, with StAX.
 */
final class RouteExports {

    static final String GPX_MEDIA_TYPE = "application/gpx+xml";
    static final String KML_MEDIA_TYPE = "application/vnd.google-earth.kml+xml";
    private static final String KML_NS = "http://www.opengis.net/kml/2.2";

    private RouteExports() {
    }

    /**
     * @param title    the file's name (a route's name, or a park's "routes of …")
     * @param selfLink where the file comes from
     */
    static void gpx(String title, String selfLink, List<RouteReads.ExportRoute> routes, OutputStream out) throws IOException {
        GPX.Builder gpx = GPX.builder(GPX.Version.V11, "Geopark heritage catalogue")
                .metadata(m -> {
                    m.name(title).addLink(selfLink);
                    routes.stream().map(RouteReads.ExportRoute::updated).max(java.time.Instant::compareTo).ifPresent(m::time);
                });
        // a place several routes stop at is one waypoint
        Map<String, WayPoint> waypoints = new LinkedHashMap<>();
        int number = 1;
        for (RouteReads.ExportRoute route : routes) {
            Track.Builder track = Track.builder().name(route.name()).number(number++).type("route");
            String description = describe(route);
            if (description != null) {
                track.desc(description);
            }
            for (List<Coordinate> part : parts(route.line())) {
                TrackSegment.Builder segment = TrackSegment.builder();
                part.forEach(c -> segment.addPoint(p -> p.lat(c.y).lon(c.x)));
                track.addSegment(segment.build());
            }
            gpx.addTrack(track.build());
            for (RouteReads.ExportStop stop : route.stops()) {
                if (stop.lat() != null && !waypoints.containsKey(stop.placeId())) {
                    waypoints.put(stop.placeId(), WayPoint.builder().name(stop.name()).type(stop.kind())
                            .desc(routes.size() == 1 ? "Stop " + stop.position() : stop.placeId())
                            .build(stop.lat(), stop.lon()));
                }
            }
        }
        gpx.wayPoints(new ArrayList<>(waypoints.values()));
        GPX.Writer.of(GPX.Writer.Indent.NULL, 6).write(gpx.build(), out);
    }

    static void kml(String title, List<RouteReads.ExportRoute> routes, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(KML_NS);
            xml.writeStartElement(KML_NS, "kml");
            xml.writeDefaultNamespace(KML_NS);
            xml.writeStartElement(KML_NS, "Document");
            element(xml, "name", title);
            for (RouteReads.ExportRoute route : routes) {
                xml.writeStartElement(KML_NS, "Folder");
                element(xml, "name", route.name());
                xml.writeStartElement(KML_NS, "Placemark");
                xml.writeAttribute("id", route.id());
                element(xml, "name", route.name());
                String description = describe(route);
                if (description != null) {
                    element(xml, "description", description);
                }
                List<List<Coordinate>> parts = parts(route.line());
                if (parts.size() != 1) {
                    xml.writeStartElement(KML_NS, "MultiGeometry");
                }
                for (List<Coordinate> part : parts) {
                    xml.writeStartElement(KML_NS, "LineString");
                    element(xml, "tessellate", "1");
                    element(xml, "coordinates", coordinates(part));
                    xml.writeEndElement();
                }
                if (parts.size() != 1) {
                    xml.writeEndElement();
                }
                xml.writeEndElement(); // Placemark
                for (RouteReads.ExportStop stop : route.stops()) {
                    if (stop.lat() == null) {
                        continue;
                    }
                    xml.writeStartElement(KML_NS, "Placemark");
                    element(xml, "name", stop.position() + ". " + stop.name());
                    element(xml, "description", stop.kind());
                    xml.writeStartElement(KML_NS, "Point");
                    element(xml, "coordinates", coordinates(List.of(new Coordinate(stop.lon(), stop.lat()))));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement(); // Folder
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write KML: " + e.getMessage(), e);
        }
    }

    /** The route's description, and what the file leaves out to protect sites. */
    private static String describe(RouteReads.ExportRoute route) {
        List<String> hidden = route.stops().stream().filter(s -> s.lat() == null)
                .map(s -> s.position() + ". " + s.name()).toList();
        String note = hidden.isEmpty() ? null
                : "Without a position, to protect the site: " + String.join("; ", hidden) + ".";
        if (route.description() == null) {
            return note;
        }
        return note == null ? route.description() : route.description() + " " + note;
    }

    /** The line's parts (a line cut around protected sites has several); none when nothing of it is public. */
    static List<List<Coordinate>> parts(byte[] wkb) {
        List<List<Coordinate>> parts = new ArrayList<>();
        if (wkb == null) {
            return parts;
        }
        Geometry geometry;
        try {
            geometry = new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS wrote WKB JTS cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString line && !line.isEmpty()) {
                parts.add(List.of(line.getCoordinates()));
            }
        }
        return parts;
    }

    private static String coordinates(List<Coordinate> part) {
        StringBuilder s = new StringBuilder();
        for (Coordinate c : part) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(round(c.x)).append(',').append(round(c.y));
        }
        return s.toString();
    }

    private static String round(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(KML_NS, name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
