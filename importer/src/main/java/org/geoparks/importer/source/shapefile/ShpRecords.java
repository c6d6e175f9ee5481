package org.geoparks.importer.source.shapefile;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometry records of a {@code .shp} file, read one at a time from the start (the {@code .shx}
 * index is not needed for that), after the ESRI Shapefile Technical Description (1998): a 100-byte
 * header, then records of a big-endian header (number, length in 16-bit words) and little-endian
 * content. Point, MultiPoint, PolyLine and Polygon are read with their Z and M variants, whose z
 * and m values are ignored; MultiPatch is refused.
 */
final class ShpRecords implements Closeable {

    static final int NULL_SHAPE = 0;
    private static final int FILE_CODE = 9994;
    private static final int HEADER_BYTES = 100;

    private final String name;
    private final InputStream in;
    private final GeometryFactory factory;
    private final long fileBytes;
    private final long declaredBytes;
    private final int shapeType;
    private long offset;
    private long position;

    /** One record: its 1-based position in the file and its content, whose geometry {@link #geometry} reads. */
    record ShpRecord(long position, ByteBuffer content) {
    }

    ShpRecords(Path shp, GeometryFactory factory) throws IOException {
        this.name = shp.getFileName().toString();
        this.factory = factory;
        this.fileBytes = Files.size(shp);
        this.in = new BufferedInputStream(Files.newInputStream(shp), 1 << 16);
        try {
            ByteBuffer header = ByteBuffer.wrap(readFully(HEADER_BYTES, "its header"));
            if (header.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
                throw new UnreadableFileException(name + " is not a Shapefile: it does not start with the file code 9994");
            }
            declaredBytes = 2L * header.getInt(24);
            header.order(ByteOrder.LITTLE_ENDIAN);
            if (header.getInt(28) != 1000) {
                throw new UnreadableFileException(name + " has Shapefile version " + header.getInt(28) + "; only version 1000 exists");
            }
            shapeType = header.getInt(32);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The shape type the header declares for all records. */
    int shapeType() {
        return shapeType;
    }

    /** The next record, or null at the end of the file. */
    ShpRecord next() throws IOException {
        if (offset >= fileBytes) {
            if (offset < declaredBytes) {
                throw new UnreadableFileException("%s is truncated: its header says %d bytes, the file has %d".formatted(name, declaredBytes, fileBytes));
            }
            return null;
        }
        long recordOffset = offset;
        long recordPosition = ++position;
        ByteBuffer recordHeader = ByteBuffer.wrap(readFully(8, "the header of record " + recordPosition)).order(ByteOrder.BIG_ENDIAN);
        long contentBytes = 2L * recordHeader.getInt(4);
        if (contentBytes < 4 || recordOffset + 8 + contentBytes > fileBytes) {
            throw new UnreadableFileException("%s is truncated or damaged: record %d at byte %d says it has %d bytes, but the file ends %d bytes later"
                    .formatted(name, recordPosition, recordOffset, contentBytes, fileBytes - recordOffset - 8));
        }
        ByteBuffer content = ByteBuffer.wrap(readFully((int) contentBytes, "record " + recordPosition)).order(ByteOrder.LITTLE_ENDIAN);
        return new ShpRecord(recordPosition, content);
    }

    /**
     * The geometry of a record, null for a null shape. A record whose geometry is impossible throws
     * {@link UnreadableFeatureException}; the records after it can still be read.
     */
    Geometry geometry(ShpRecord record) {
        return geometry(record.content(), record.position());
    }

    private byte[] readFully(int length, String what) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        if (read < length) {
            throw new UnreadableFileException("%s is truncated: it ends inside %s, at byte %d".formatted(name, what, offset + read),
                    new EOFException());
        }
        offset += length;
        return bytes;
    }

    private Geometry geometry(ByteBuffer content, long record) {
        int type = content.getInt(0);
        try {
            return switch (type) {
                case NULL_SHAPE -> null;
                case 1, 11, 21 -> point(content);
                case 8, 18, 28 -> multiPoint(content, record);
                case 3, 13, 23 -> polyLine(content, record);
                case 5, 15, 25 -> polygon(content, record);
                case 31 -> throw new UnreadableFeatureException("#" + record, "is a MultiPatch (3D surfaces), which the importer does not read");
                default -> throw new UnreadableFeatureException("#" + record, "has shape type " + type + ", which is not a Shapefile shape type");
            };
        } catch (IndexOutOfBoundsException e) {
            throw new UnreadableFeatureException("#" + record, "is shorter than its shape needs (" + content.capacity() + " bytes)");
        } catch (IllegalArgumentException e) {
            throw new UnreadableFeatureException("#" + record, "has an impossible geometry: " + e.getMessage());
        }
    }

    private Point point(ByteBuffer content) {
        return factory.createPoint(new Coordinate(content.getDouble(4), content.getDouble(12)));
    }

    private Geometry multiPoint(ByteBuffer content, long record) {
        int count = content.getInt(36);
        if (count < 0) {
            throw new UnreadableFeatureException("#" + record, "has a negative number of points");
        }
        requireFits(content, record, 40L + 16L * count, count + " points");
        Point[] points = new Point[count];
        for (int i = 0; i < count; i++) {
            points[i] = factory.createPoint(coordinate(content, 40 + 16 * i));
        }
        return count == 0 ? null : factory.createMultiPoint(points);
    }

    /** The parts of a PolyLine or Polygon as coordinate arrays. */
    private List<Coordinate[]> parts(ByteBuffer content, long record) {
        int partCount = content.getInt(36);
        int pointCount = content.getInt(40);
        if (partCount < 0 || pointCount < 0) {
            throw new UnreadableFeatureException("#" + record, "has a negative number of parts or points");
        }
        // In long: a damaged count times four must not wrap round to a small int and pass the check.
        long pointsAtLong = 44L + 4L * partCount;
        requireFits(content, record, pointsAtLong + 16L * pointCount, partCount + " parts of " + pointCount + " points");
        int pointsAt = (int) pointsAtLong;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            int start = content.getInt(44 + 4 * p);
            int end = p + 1 < partCount ? content.getInt(44 + 4 * (p + 1)) : pointCount;
            if (start < 0 || end > pointCount || start > end || (p == 0 && start != 0)) {
                throw new UnreadableFeatureException("#" + record, "has part %d starting at point %d, which does not fit its %d points"
                        .formatted(p + 1, start, pointCount));
            }
            Coordinate[] coordinates = new Coordinate[end - start];
            for (int i = start; i < end; i++) {
                coordinates[i - start] = coordinate(content, pointsAt + 16 * i);
            }
            parts.add(coordinates);
        }
        return parts;
    }

    private Geometry polyLine(ByteBuffer content, long record) {
        List<Coordinate[]> parts = parts(content, record);
        if (parts.isEmpty()) {
            return null;
        }
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw new UnreadableFeatureException("#" + record, "has line part %d with %d point(s); a line needs two or more"
                        .formatted(i + 1, parts.get(i).length));
            }
            lines[i] = factory.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    /**
     * ESRI writes outer rings clockwise and holes counter-clockwise; each hole goes into the
     * smallest outer ring that contains it. A hole that no outer ring contains is kept as an outer
     * ring of its own, and a file whose rings all run counter-clockwise (some writers ignore the
     * rule) is read by nesting alone.
     */
    private Geometry polygon(ByteBuffer content, long record) {
        List<Coordinate[]> parts = parts(content, record);
        if (parts.isEmpty()) {
            return null;
        }
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] ring = parts.get(i);
            if (ring.length < 4 || !ring[0].equals2D(ring[ring.length - 1])) {
                throw new UnreadableFeatureException("#" + record, "has ring %d with %d points that %s; a ring is closed and has four points or more"
                        .formatted(i + 1, ring.length, ring.length > 0 && ring[0].equals2D(ring[ring.length - 1]) ? "is too short" : "is not closed"));
            }
            LinearRing linearRing = factory.createLinearRing(ring);
            (Orientation.isCCW(ring) ? holes : shells).add(linearRing);
        }
        if (shells.isEmpty()) {
            nestByContainment(holes, shells);
        }
        List<List<LinearRing>> holesOfShell = new ArrayList<>();
        shells.forEach(s -> holesOfShell.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int container = smallestContaining(shells, hole);
            if (container < 0) {
                shells.add(hole);
                holesOfShell.add(new ArrayList<>());
            } else {
                holesOfShell.get(container).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(shells.get(i), holesOfShell.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** Rings of one orientation: those inside an odd number of others are holes. */
    private static void nestByContainment(List<LinearRing> rings, List<LinearRing> shells) {
        List<LinearRing> all = List.copyOf(rings);
        rings.clear();
        for (LinearRing ring : all) {
            int depth = 0;
            for (LinearRing other : all) {
                if (other != ring && contains(other, ring)) {
                    depth++;
                }
            }
            (depth % 2 == 0 ? shells : rings).add(ring);
        }
    }

    private static int smallestContaining(List<LinearRing> shells, LinearRing hole) {
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < shells.size(); i++) {
            LinearRing shell = shells.get(i);
            if (contains(shell, hole)) {
                double area = shell.getEnvelopeInternal().getArea();
                if (area < bestArea) {
                    best = i;
                    bestArea = area;
                }
            }
        }
        return best;
    }

    /** Whether the inner ring lies inside the outer: by envelope, then by its first vertex not on the outer's boundary. */
    private static boolean contains(LinearRing outer, LinearRing inner) {
        if (!outer.getEnvelopeInternal().covers(inner.getEnvelopeInternal())) {
            return false;
        }
        Coordinate[] shell = outer.getCoordinates();
        for (Coordinate c : inner.getCoordinates()) {
            int location = PointLocation.locateInRing(c, shell);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return true;
    }

    private static Coordinate coordinate(ByteBuffer content, int at) {
        return new Coordinate(content.getDouble(at), content.getDouble(at + 8));
    }

    private static void requireFits(ByteBuffer content, long record, long needed, String what) {
        if (needed > content.capacity()) {
            throw new UnreadableFeatureException("#" + record, "says it has %s, which needs %d bytes, but the record has %d"
                    .formatted(what, needed, content.capacity()));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
