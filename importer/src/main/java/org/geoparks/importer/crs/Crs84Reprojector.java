package org.geoparks.importer.crs;

import org.geoparks.catalogue.geojson.Geometries;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/** Interim: only WGS 84. */
@Component
class Crs84Reprojector implements Reprojector {

    @Override
    public Geometry toWgs84(Geometry geometry, SourceCrs from) {
        if (from.isCrs84() || "EPSG:4326".equals(from.code())) {
            Geometry copy = Geometries.FACTORY.createGeometry(geometry);
            copy.setSRID(Geometries.WGS84);
            return copy;
        }
        throw new UnsupportedOperationException("CRS " + from + " not supported yet");
    }

    @Override
    public String describe(SourceCrs crs) {
        return crs.toString();
    }
}
