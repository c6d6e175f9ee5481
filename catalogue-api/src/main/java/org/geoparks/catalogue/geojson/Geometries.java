package org.geoparks.catalogue.geojson;

import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The catalogue's geometry conventions: WGS 84 lon/lat (SRID 4326) and RFC 7946 ring orientation. */
public final class Geometries {

    public static final int WGS84 = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    public static final Set<String> POINT = Set.of("Point");
    public static final Set<String> POINT_OR_AREA = Set.of("Point", "Polygon", "MultiPolygon");
    public static final Set<String> AREA = Set.of("Polygon", "MultiPolygon");
    public static final Set<String> LINE = Set.of("LineString", "MultiLineString");
    public static final Set<String> ANY = Set.of("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon");

    private Geometries() {
    }

    /**
     * Applies the right-hand rule of RFC 7946: exterior rings counter-clockwise, holes clockwise.
     * Returns the geometry itself when it already complies.
     */
    public static Geometry rightHandRule(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        if (geometry instanceof Polygon polygon) {
            return orient(polygon);
        }
        if (geometry instanceof MultiPolygon multi) {
            Polygon[] polygons = new Polygon[multi.getNumGeometries()];
            boolean changed = false;
            for (int i = 0; i < polygons.length; i++) {
                Polygon original = (Polygon) multi.getGeometryN(i);
                polygons[i] = orient(original);
                changed |= polygons[i] != original;
            }
            return changed ? copySrid(multi.getFactory().createMultiPolygon(polygons), geometry) : geometry;
        }
        if (geometry.getClass() == GeometryCollection.class) {
            GeometryCollection collection = (GeometryCollection) geometry;
            Geometry[] parts = new Geometry[collection.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = rightHandRule(collection.getGeometryN(i));
            }
            return copySrid(collection.getFactory().createGeometryCollection(parts), geometry);
        }
        return geometry;
    }

    /**
     * Checks a geometry a record is about to carry: present, of an allowed type, with WGS 84
     * coordinates in range, and valid (OGC simple features). Returns it with SRID 4326.
     */
    public static <G extends Geometry> G requireValid(String field, G geometry, Set<String> allowedTypes) {
        if (geometry == null || geometry.isEmpty()) {
            throw new InvalidRecordException(field, "a geometry is required");
        }
        if (!allowedTypes.contains(geometry.getGeometryType())) {
            throw new InvalidRecordException(field, "a " + geometry.getGeometryType() + " is not allowed here; expected "
                    + String.join(" or ", new TreeSet<>(allowedTypes)));
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                throw new InvalidRecordException(field, "coordinate (" + c.x + ", " + c.y
                        + ") is not a WGS 84 longitude, latitude pair");
            }
        }
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            throw new InvalidRecordException(field, "invalid geometry: " + error.getMessage() + " near ("
                    + error.getCoordinate().x + ", " + error.getCoordinate().y + ")");
        }
        geometry.setSRID(WGS84);
        return geometry;
    }

    /** An area as a MultiPolygon: a single Polygon is wrapped; anything else is refused for that field. */
    public static MultiPolygon asMultiPolygon(String field, Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return copySrid(geometry.getFactory().createMultiPolygon(new Polygon[] {polygon}), geometry);
        }
        if (geometry == null || geometry instanceof MultiPolygon) {
            return (MultiPolygon) geometry;
        }
        throw new InvalidRecordException(field, "must be a Polygon or MultiPolygon, not a " + geometry.getGeometryType());
    }

    /** A point, or null; anything else is refused for that field. */
    public static Point asPoint(String field, Geometry geometry) {
        if (geometry == null || geometry instanceof Point) {
            return (Point) geometry;
        }
        throw new InvalidRecordException(field, "must be a Point, not a " + geometry.getGeometryType());
    }

    private static Polygon orient(Polygon polygon) {
        LinearRing shell = polygon.getExteriorRing();
        boolean shellOk = Orientation.isCCW(shell.getCoordinateSequence());
        boolean holesOk = true;
        for (int i = 0; i < polygon.getNumInteriorRing() && holesOk; i++) {
            holesOk = !Orientation.isCCW(polygon.getInteriorRingN(i).getCoordinateSequence());
        }
        if (shellOk && holesOk) {
            return polygon;
        }
        LinearRing newShell = shellOk ? shell : shell.reverse();
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            LinearRing hole = polygon.getInteriorRingN(i);
            holes[i] = Orientation.isCCW(hole.getCoordinateSequence()) ? hole.reverse() : hole;
        }
        return copySrid(polygon.getFactory().createPolygon(newShell, holes), polygon);
    }

    private static <G extends Geometry> G copySrid(G target, Geometry source) {
        target.setSRID(source.getSRID());
        return target;
    }
}
