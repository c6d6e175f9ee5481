package org.geoparks.importer.crs;

import org.locationtech.jts.geom.Geometry;

/** Brings geometries from a file's CRS to the catalogue's: WGS 84, longitude first (SRID 4326). */
public interface Reprojector {

    /**
     * The geometry in WGS 84 lon/lat with SRID 4326. Geometries already in CRS84 come back as they
     * are; EPSG:4326 (latitude first by definition) is treated as lon/lat, as files in practice
     * write it.
     */
    Geometry toWgs84(Geometry geometry, SourceCrs from);

    /** Whether the CRS's coordinates are degrees (so that values beyond ±180/±90 betray a mistake). */
    boolean isGeographic(SourceCrs crs);

    /** A short human description of the CRS for reports, e.g. "VN-2000 / UTM zone 48N (EPSG:3405)". */
    String describe(SourceCrs crs);
}
