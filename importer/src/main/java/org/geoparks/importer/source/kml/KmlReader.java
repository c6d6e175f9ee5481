package org.geoparks.importer.source.kml;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.kml.KMLReader;

/**
 * Streams the Placemarks of a KML document with StAX: each becomes a feature with its {@code id}
 * as the feature's id and its name, description and ExtendedData ({@code Data} and
 * {@code SimpleData}) as attributes. Geometry elements are handed to JTS's {@link KMLReader}
 * (Point, LineString, LinearRing read as a line, Polygon, MultiGeometry); {@code gx:Track} and
 * {@code gx:MultiTrack} become lines here. Coordinates are CRS84 by the KML standard.
 */
final class KmlReader implements FeatureReader {

    private static final Set<String> CONTAINERS = Set.of("Document", "Folder");
    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon", "MultiGeometry",
            "Track", "MultiTrack", "Model");

    private final String name;
    private final Closeable source;
    private final XMLStreamReader xml;
    private final String layer;
    private final FileText text;
    private final GeometryFactory factory = new GeometryFactory();
    private final KMLReader geometries = new KMLReader(factory);
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<String[]> containers = new ArrayDeque<>();
    private final Set<String> containerNames = new LinkedHashSet<>();
    private boolean layerSeen;
    private boolean finished;
    private long index;

    private KmlReader(String name, Closeable source, InputStream in, String layer) throws XMLStreamException {
        this.name = name;
        this.source = source;
        this.layer = layer == null ? null : layer.strip();
        this.text = FileText.declared(name, StandardCharsets.UTF_8, "its XML declaration", "UTF-8");
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        this.xml = factory.createXMLStreamReader(in);
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog
        }
        if (!xml.isStartElement() || !xml.getLocalName().equals("kml")) {
            throw new UnreadableFileException(name + " is not KML: its root element is "
                    + (xml.isStartElement() ? "<" + xml.getLocalName() + ">" : "missing") + ", not <kml>");
        }
        path.push("kml");
    }

    static KmlReader open(Path file, String layer) throws IOException {
        String name = file.getFileName().toString();
        Closeable source;
        InputStream in;
        if (isZip(file)) {
            ZipFile zip;
            try {
                zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            } catch (ZipException | EOFException e) {
                throw notAZip(name, e);
            }
            try {
                ZipEntry doc = zip.getEntry("doc.kml");
                if (doc == null) {
                    doc = zip.stream().filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")).findFirst().orElse(null);
                }
                if (doc == null) {
                    throw new UnreadableFileException(name + " is a KMZ without a KML document (doc.kml) inside");
                }
                in = zip.getInputStream(doc);
                name = name + "!" + doc.getName();
            } catch (ZipException | EOFException e) {
                zip.close();
                throw notAZip(name, e);
            } catch (RuntimeException e) {
                zip.close();
                throw e;
            }
            source = zip;
        } else {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            source = in;
        }
        try {
            return new KmlReader(name, source, in, layer);
        } catch (XMLStreamException e) {
            source.close();
            throw malformed(name, e);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** A damaged or cut-off zip: ZipFile says so with a ZipException or an EOFException. */
    private static UnreadableFileException notAZip(String name, IOException e) {
        return new UnreadableFileException(name + " is not a readable KMZ (zip) file: "
                + (e.getMessage() == null ? "it ends too soon" : e.getMessage()));
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }

    @Override
    public Optional<SourceCrs> declaredCrs() {
        return Optional.of(SourceCrs.CRS84);
    }

    @Override
    public SourceFeature next() {
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("Placemark")) {
                        long position = ++index;
                        if (inLayer()) {
                            return placemark(position);
                        }
                        skip();
                        continue;
                    }
                    if (element.equals("name") && CONTAINERS.contains(path.peek()) && !containers.isEmpty()) {
                        String containerName = xml.getElementText().strip();
                        containers.peek()[0] = containerName;
                        containerNames.add(containerName);
                        layerSeen |= containerName.equalsIgnoreCase(layer);
                        continue;
                    }
                    if (CONTAINERS.contains(element)) {
                        containers.push(new String[1]);
                    }
                    path.push(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = path.pop();
                    if (CONTAINERS.contains(element)) {
                        containers.pop();
                    }
                }
            }
        } catch (XMLStreamException e) {
            finished = true;
            throw malformed(name, e);
        }
        finished = true;
        if (layer != null && !layerSeen) {
            throw new UnreadableFileException("%s has no folder named '%s'; its folders: %s".formatted(name, layer,
                    containerNames.isEmpty() ? "none" : String.join(", ", containerNames)));
        }
        return null;
    }

    private boolean inLayer() {
        return layer == null || containers.stream().anyMatch(c -> layer.equalsIgnoreCase(c[0]));
    }

    /** Reads a Placemark up to its end tag; geometry problems are reported once it has been read whole. */
    private SourceFeature placemark(long position) throws XMLStreamException {
        String id = blankToNull(xml.getAttributeValue(null, "id"));
        int line = xml.getLocation().getLineNumber();
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<String> geometryElements = new ArrayList<>();
        String problem = null;
        Geometry geometry = null;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (!xml.isStartElement()) {
                continue;
            }
            String element = xml.getLocalName();
            switch (element) {
                case "name", "description" -> putText(attributes, element, mixedContent(), position);
                case "ExtendedData" -> extendedData(attributes, position);
                default -> {
                    if (!GEOMETRIES.contains(element)) {
                        skip();
                        break;
                    }
                    geometryElements.add(element);
                    try {
                        geometry = geometry(element);
                    } catch (ParseException | IllegalArgumentException e) {
                        problem = "has a %s that cannot be read (line %d): %s".formatted(element, line, e.getMessage());
                    } catch (UnsupportedOperationException e) {
                        problem = e.getMessage();
                    }
                }
            }
        }
        Object placemarkName = attributes.get("name");
        String label = id != null ? id : "#" + position + (placemarkName != null ? " (" + placemarkName + ")" : "");
        if (geometryElements.size() > 1) {
            throw new UnreadableFeatureException(label, "has %d geometries (%s); a Placemark has one, several go in a MultiGeometry"
                    .formatted(geometryElements.size(), String.join(", ", geometryElements)));
        }
        if (problem != null) {
            throw new UnreadableFeatureException(label, problem);
        }
        return new SourceFeature(position, id, geometry, attributes);
    }

    private Geometry geometry(String element) throws XMLStreamException, ParseException {
        switch (element) {
            case "Track" -> {
                return track();
            }
            case "MultiTrack" -> {
                List<LineString> lines = new ArrayList<>();
                ParseException problem = null;
                while (xml.next() != XMLStreamConstants.END_ELEMENT) {
                    if (xml.isStartElement()) {
                        if (!xml.getLocalName().equals("Track")) {
                            skip();
                        } else {
                            try {
                                lines.add(track());
                            } catch (ParseException e) {
                                problem = problem == null ? e : problem;
                            }
                        }
                    }
                }
                if (problem != null) {
                    throw problem;
                }
                return lines.isEmpty() ? null : factory.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "Model" -> {
                skip();
                throw new UnsupportedOperationException("is a 3D Model, which the importer does not read");
            }
            default -> {
                StringBuilder fragment = new StringBuilder();
                serialize(fragment);
                if (fragment.indexOf("<Track") >= 0 || fragment.indexOf("<Model") >= 0) {
                    throw new UnsupportedOperationException("has a gx:Track or Model inside a MultiGeometry, which the importer does not read");
                }
                return geometries.read(fragment.toString());
            }
        }
    }

    /**
     * A gx:Track's gx:coord elements ("lon lat alt") as a line. The track is read to its end tag
     * before a bad coordinate is reported, so that the Placemark around it is read on from the
     * right place.
     */
    private LineString track() throws XMLStreamException, ParseException {
        List<Coordinate> coordinates = new ArrayList<>();
        String badCoordinate = null;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.getLocalName().equals("coord")) {
                String[] parts = xml.getElementText().strip().split("\\s+");
                try {
                    coordinates.add(new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    badCoordinate = badCoordinate == null ? String.join(" ", parts) : badCoordinate;
                }
            } else {
                skip();
            }
        }
        if (badCoordinate != null) {
            throw new ParseException("gx:coord '" + badCoordinate + "' is not 'longitude latitude altitude'");
        }
        if (coordinates.size() == 1) {
            throw new ParseException("a gx:Track with a single gx:coord is not a line");
        }
        return factory.createLineString(coordinates.toArray(Coordinate[]::new));
    }

    private void extendedData(Map<String, Object> attributes, long position) throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.END_ELEMENT || !xml.getLocalName().equals("ExtendedData")) {
            if (!xml.isStartElement()) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "Data" -> {
                    String key = xml.getAttributeValue(null, "name");
                    String value = null;
                    while (xml.next() != XMLStreamConstants.END_ELEMENT) {
                        if (xml.isStartElement()) {
                            if (xml.getLocalName().equals("value")) {
                                value = xml.getElementText();
                            } else {
                                skip();
                            }
                        }
                    }
                    putData(attributes, key, value, position);
                }
                case "SimpleData" -> putData(attributes, xml.getAttributeValue(null, "name"), xml.getElementText(), position);
                case "SchemaData" -> {
                    // its SimpleData children follow
                }
                default -> skip();
            }
        }
    }

    /** ExtendedData never overwrites the Placemark's own name or description: a clash keeps both. */
    private void putData(Map<String, Object> attributes, String key, String value, long position) {
        if (key == null || key.isBlank()) {
            return;
        }
        String checkedKey = text.check(key.strip(), "Placemark " + position + ", ExtendedData");
        String target = attributes.containsKey(checkedKey) ? "ExtendedData/" + checkedKey : checkedKey;
        putText(attributes, target, value, position);
    }

    private void putText(Map<String, Object> attributes, String key, String value, long position) {
        String v = blankToNull(value);
        attributes.put(key, v == null ? null : text.check(v.strip(), "Placemark " + position + ", " + key));
    }

    /** The text of an element, with any markup inside it (HTML in a description not wrapped in CDATA) kept as markup. */
    private String mixedContent() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.isCharacters()) {
                out.append(xml.getText());
            } else if (xml.isStartElement()) {
                serialize(out);
            }
        }
        return out.toString();
    }

    /**
     * Writes the current element and its content as plain XML for {@link KMLReader}: local names
     * only, LinearRing as LineString (KMLReader reads rings only inside polygons, where the name
     * does not matter), coordinates with one space between tuples.
     */
    private void serialize(StringBuilder out) throws XMLStreamException {
        String element = xml.getLocalName().equals("LinearRing") ? "LineString" : xml.getLocalName();
        out.append('<').append(element).append('>');
        if (element.equals("coordinates")) {
            out.append(escape(xml.getElementText().strip().replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", " ")));
        } else {
            while (xml.next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.isStartElement()) {
                    serialize(out);
                } else if (xml.isCharacters()) {
                    out.append(escape(xml.getText()));
                }
            }
        }
        out.append("</").append(element).append('>');
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static UnreadableFileException malformed(String name, XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new UnreadableFileException(at == null
                ? "%s is not well-formed XML: %s".formatted(name, reason)
                : "%s is not well-formed XML at line %d, column %d: %s".formatted(name, at.getLineNumber(), at.getColumnNumber(), reason));
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the source is closed below all the same
        } finally {
            source.close();
        }
    }
}
