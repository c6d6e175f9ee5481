package org.geoparks.importer.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Catches the usual mistakes in agencies' coordinates before they reach the map: projected metres
 * read as degrees, latitude and longitude swapped, and positions far outside the record's park.
 */
final class CoordinateSanity {

    private static final double KM_PER_DEGREE = 111.32;

    private final ParkService parks;
    private final double marginKm;
    private final Map<String, Optional<Geometry>> boundaries = new HashMap<>();

    CoordinateSanity(ParkService parks, double marginKm) {
        this.parks = parks;
        this.marginKm = marginKm;
    }

    /** Before reprojection, for files said to be in degrees: values that cannot be degrees. */
    static void requireDegrees(Geometry geometry, String crsName) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (Math.abs(c.x) <= 90 && Math.abs(c.y) > 90 && Math.abs(c.y) <= 180) {
                throw new InvalidRecordException("geometry", "coordinate (%s, %s) has a latitude beyond 90°: latitude and longitude appear to be swapped. GeoJSON and CRS84 put longitude first."
                        .formatted(c.x, c.y));
            }
            if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                throw new InvalidRecordException("geometry", "coordinate (%s, %s) is not in degrees although the file is read as %s: it looks like projected metres. Give the file's CRS with --source-crs (VN-2000 / UTM 48N is EPSG:3405, Cao Bằng's VN-2000 TM-3 zone EPSG:9210)."
                        .formatted(c.x, c.y, crsName));
            }
        }
    }

    /** After reprojection: the record must lie in its park, give or take the margin, unless it says why not. */
    void requireInsidePark(Geometry wgs84, String parkId, boolean declaredOutside) {
        if (parkId == null || declaredOutside || wgs84 == null) {
            return;
        }
        Optional<Geometry> boundary = boundaries.computeIfAbsent(parkId,
                id -> parks.exists(id) ? Optional.of(parks.get(id).getBoundary()) : Optional.empty());
        if (boundary.isEmpty() || boundary.get() == null) {
            return; // an unknown park is the draft's error to report
        }
        double km = boundary.get().distance(wgs84) * KM_PER_DEGREE;
        if (km <= marginKm) {
            return;
        }
        Geometry swapped = swapAxes(wgs84);
        if (boundary.get().distance(swapped) * KM_PER_DEGREE <= marginKm) {
            throw new InvalidRecordException("geometry", "latitude and longitude appear to be swapped: (%s) lies outside park '%s' but its swapped form lies inside. Check the column order, or the axis order of the CRS."
                    .formatted(describe(wgs84), parkId));
        }
        throw new InvalidRecordException("geometry", "(%s) lies about %.0f km outside park '%s' (margin %.1f km). If that is right, say why in outside_park; if not, check the CRS (--source-crs) and the coordinates."
                .formatted(describe(wgs84), km, parkId, marginKm));
    }

    private static Geometry swapAxes(Geometry geometry) {
        return new AffineTransformation(0, 1, 0, 1, 0, 0).transform(geometry);
    }

    private static String describe(Geometry geometry) {
        Coordinate c = geometry.getInteriorPoint().getCoordinate();
        return "lon %.5f, lat %.5f".formatted(c.x, c.y);
    }
}
