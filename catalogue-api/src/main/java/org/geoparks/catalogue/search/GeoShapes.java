package org.geoparks.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A public geometry as Lucene sees it: shape fields for box filters, and a few representative
 * points (a point, the vertices of a simplified line, a polygon's interior point and outline) for
 * distances. Lucene's geometry classes take latitude first; JTS gives longitude first.
 */
final class GeoShapes {

    /** Enough points to measure a route's distance to a visitor within a few hundred metres. */
    static final int MAX_POINTS = 64;
    private static final double SIMPLIFY_DEGREES = 0.002;

    private GeoShapes() {
    }

    /** Latitude, longitude pairs. */
    record LatLon(double lat, double lon) {
    }

    static List<LatLon> points(Geometry g) {
        List<LatLon> out = new ArrayList<>();
        if (g == null || g.isEmpty()) {
            return out;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Point p) {
                out.add(new LatLon(p.getY(), p.getX()));
            } else if (part instanceof LineString line) {
                for (Coordinate c : DouglasPeuckerSimplifier.simplify(line, SIMPLIFY_DEGREES).getCoordinates()) {
                    out.add(new LatLon(c.y, c.x));
                }
            } else if (part instanceof Polygon polygon) {
                Point inside = polygon.getInteriorPoint();
                out.add(new LatLon(inside.getY(), inside.getX()));
                for (Coordinate c : DouglasPeuckerSimplifier.simplify(polygon.getExteriorRing(), SIMPLIFY_DEGREES).getCoordinates()) {
                    out.add(new LatLon(c.y, c.x));
                }
            } else {
                out.addAll(points(part)); // a collection inside a collection
            }
        }
        if (out.size() <= MAX_POINTS) {
            return out;
        }
        List<LatLon> thinned = new ArrayList<>(MAX_POINTS);
        for (int i = 0; i < MAX_POINTS; i++) {
            thinned.add(out.get((int) ((long) i * (out.size() - 1) / (MAX_POINTS - 1))));
        }
        return thinned;
    }

    /** Shape fields for the whole geometry; a part Lucene cannot tessellate is left to its points. */
    static List<Field> shapeFields(String field, Geometry g) {
        List<Field> out = new ArrayList<>();
        if (g == null || g.isEmpty()) {
            return out;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            try {
                if (part instanceof Point p) {
                    out.addAll(List.of(LatLonShape.createIndexableFields(field, p.getY(), p.getX())));
                } else if (part instanceof LineString line) {
                    Coordinate[] cs = line.getCoordinates();
                    out.addAll(List.of(LatLonShape.createIndexableFields(field,
                            new org.apache.lucene.geo.Line(lats(cs), lons(cs)))));
                } else if (part instanceof Polygon polygon) {
                    out.addAll(List.of(LatLonShape.createIndexableFields(field, polygon(polygon))));
                } else {
                    out.addAll(shapeFields(field, part));
                }
            } catch (IllegalArgumentException untessellatable) {
                for (LatLon p : points(part)) {
                    out.addAll(List.of(LatLonShape.createIndexableFields(field, p.lat(), p.lon())));
                }
            }
        }
        return out;
    }

    private static org.apache.lucene.geo.Polygon polygon(Polygon p) {
        org.apache.lucene.geo.Polygon[] holes = new org.apache.lucene.geo.Polygon[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(p.getInteriorRingN(i));
        }
        LinearRing shell = p.getExteriorRing();
        Coordinate[] cs = shell.getCoordinates();
        return new org.apache.lucene.geo.Polygon(lats(cs), lons(cs), holes);
    }

    private static org.apache.lucene.geo.Polygon ring(LinearRing ring) {
        Coordinate[] cs = ring.getCoordinates();
        return new org.apache.lucene.geo.Polygon(lats(cs), lons(cs));
    }

    private static double[] lats(Coordinate[] cs) {
        double[] out = new double[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i].y;
        }
        return out;
    }

    private static double[] lons(Coordinate[] cs) {
        double[] out = new double[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i].x;
        }
        return out;
    }
}
