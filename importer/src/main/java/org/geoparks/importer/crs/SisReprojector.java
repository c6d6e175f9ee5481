package org.geoparks.importer.crs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.referencing.datum.DefaultGeodeticDatum;
import org.apache.sis.referencing.factory.IdentifiedObjectFinder;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryEditor;
import org.opengis.referencing.NoSuchAuthorityCodeException;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reprojects with Apache SIS and its EPSG dataset, so that VN-2000 gets the EPSG datum shift to
 * WGS 84 (EPSG:6960, about 200 m in the north) and not a bare change of ellipsoid. Every CRS is
 * taken with its axes in display order (easting or longitude first), as files write them, whatever
 * the EPSG definition says (EPSG:4326 and 4756 are latitude first on paper).
 *
 * <p>A WKT without a code (an ESRI {@code .prj}) is identified in the EPSG dataset where it can be
 * (an ESRI VN-2000 UTM 48N becomes EPSG:3405). One that cannot be is used as written, unless the
 * shift of its datum to WGS 84 is unknown: that would move every feature silently, so it is refused.
 *
 * <p>The first EPSG lookup opens SIS's embedded database and takes seconds: it is done in the
 * background when the application starts. Transformations are kept per CRS.
 */
@Component
public class SisReprojector implements Reprojector {

    private static final Logger log = LoggerFactory.getLogger(SisReprojector.class);

    static {
        keepDerbyLogOutOfTheWorkingDirectory();
    }

    private final Map<SourceCrs, Prepared> prepared = new ConcurrentHashMap<>();

    public SisReprojector() {
        Thread warmUp = new Thread(this::warmUp, "sis-epsg-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The geometry in WGS 84 lon/lat, SRID 4326, in two dimensions: the catalogue's columns have no z. */
    @Override
    public Geometry toWgs84(Geometry geometry, SourceCrs from) {
        Prepared crs = prepare(from);
        Geometry result = new GeometryEditor(Geometries.FACTORY).edit(geometry, new ToWgs84(crs));
        result.setSRID(Geometries.WGS84);
        return result;
    }

    @Override
    public boolean isGeographic(SourceCrs crs) {
        return prepare(crs).geographic();
    }

    @Override
    public String describe(SourceCrs crs) {
        return prepare(crs).description();
    }

    private Prepared prepare(SourceCrs crs) {
        Prepared known = prepared.get(crs);
        if (known != null) {
            return known;
        }
        Prepared fresh = lookUp(crs);
        Prepared earlier = prepared.putIfAbsent(crs, fresh);
        return earlier != null ? earlier : fresh;
    }

    private static Prepared lookUp(SourceCrs crs) {
        if (crs.isCrs84()) {
            return new Prepared(null, "WGS 84 (OGC:CRS84)", true);
        }
        if ("EPSG:4326".equals(crs.code())) {
            return new Prepared(null, "WGS 84 (EPSG:4326, longitude first)", true);
        }
        try {
            CoordinateReferenceSystem source;
            String description;
            if (crs.code() != null) {
                source = CRS.forCode(crs.code());
                description = source.getName().getCode() + " (" + crs.code() + ")";
            } else {
                CoordinateReferenceSystem parsed = parse(crs.wkt());
                Integer epsg = identify(parsed);
                if (epsg != null) {
                    source = CRS.forCode("EPSG:" + epsg);
                    description = source.getName().getCode() + " (EPSG:" + epsg + ")";
                } else {
                    requireKnownDatumShift(parsed);
                    source = parsed;
                    description = parsed.getName().getCode() + " (from WKT, no EPSG code)";
                }
            }
            SingleCRS horizontal = CRS.getHorizontalComponent(source);
            CoordinateReferenceSystem displayOrder = AbstractCRS.castOrCopy(horizontal != null ? horizontal : source)
                    .forConvention(AxesConvention.DISPLAY_ORIENTED);
            MathTransform transform = CRS.findOperation(displayOrder, CommonCRS.WGS84.normalizedGeographic(), null).getMathTransform();
            return new Prepared(transform.isIdentity() ? null : transform, description,
                    displayOrder instanceof org.opengis.referencing.crs.GeographicCRS);
        } catch (NoSuchAuthorityCodeException e) {
            throw new IllegalArgumentException(crs.code() + " is not a CRS of the EPSG dataset (VN-2000 / UTM zone 48N is EPSG:3405, 49N EPSG:3406, "
                    + "Cao Bằng's VN-2000 TM-3 zone EPSG:9210)", e);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("cannot use the CRS " + crs + ": " + e.getMessage(), e);
        }
    }

    private static CoordinateReferenceSystem parse(String wkt) {
        try {
            return CRS.fromWKT(wkt);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("the CRS definition (WKT) cannot be read: " + e.getMessage(), e);
        }
    }

    /** The EPSG code of a CRS defined by WKT, comparing definitions, not names; null if none matches. */
    private static Integer identify(CoordinateReferenceSystem crs) throws FactoryException {
        IdentifiedObjectFinder finder = IdentifiedObjects.newFinder("EPSG");
        finder.setIgnoringAxes(true);
        var found = finder.findSingleton(crs);
        return found == null ? null : IdentifiedObjects.lookupEPSG(found);
    }

    /**
     * A datum that is not WGS 84, not in the EPSG dataset (by name or alias) and without TOWGS84
     * parameters has an unknown shift to WGS 84: SIS would only swap ellipsoids, silently.
     */
    private static void requireKnownDatumShift(CoordinateReferenceSystem crs) throws FactoryException {
        SingleCRS horizontal = CRS.getHorizontalComponent(crs);
        if (horizontal == null || !(horizontal.getDatum() instanceof GeodeticDatum datum)) {
            return;
        }
        String name = datum.getName().getCode();
        boolean shiftKnown = isWgs84(name)
                || (datum instanceof DefaultGeodeticDatum d && d.getBursaWolfParameters().length > 0)
                || IdentifiedObjects.lookupEPSG(datum) != null;
        if (!shiftKnown) {
            throw new IllegalArgumentException(("the CRS '%s' has a datum ('%s') that is neither in the EPSG dataset nor given with TOWGS84 "
                    + "parameters, so its shift to WGS 84 is unknown (for VN-2000 it is about 200 m). Give the file's CRS as an EPSG code "
                    + "with --source-crs (VN-2000 / UTM zone 48N is EPSG:3405, Cao Bằng's VN-2000 TM-3 zone EPSG:9210)")
                    .formatted(crs.getName().getCode(), name));
        }
    }

    private static boolean isWgs84(String datumName) {
        String n = datumName.toLowerCase(Locale.ROOT).replaceFirst("^d_", "").replaceAll("[^a-z0-9]", "");
        return n.equals("wgs84") || n.equals("wgs1984") || n.equals("worldgeodeticsystem1984");
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            prepare(SourceCrs.epsg(3405));
            log.debug("EPSG dataset ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("the EPSG dataset could not be opened in advance: {}", e.getMessage());
        }
    }

    /** Derby, under SIS, writes derby.log where the JVM runs unless told otherwise. */
    private static void keepDerbyLogOutOfTheWorkingDirectory() {
        if (System.getProperty("derby.stream.error.file") == null && System.getProperty("derby.stream.error.field") == null
                && System.getProperty("derby.stream.error.method") == null) {
            System.setProperty("derby.stream.error.file", Path.of(System.getProperty("java.io.tmpdir"), "geoparks-sis-derby.log").toString());
        }
    }

    /** A CRS ready to use: its transform to WGS 84 lon/lat (null when it is that already) and its name for reports. */
    private record Prepared(MathTransform transform, String description, boolean geographic) {
    }

    /** Copies each coordinate sequence with x and y transformed and without z or m. */
    private static final class ToWgs84 extends GeometryEditor.CoordinateSequenceOperation {
        private final Prepared crs;
        private final double[] point = new double[2];

        ToWgs84(Prepared crs) {
            this.crs = crs;
        }

        @Override
        public CoordinateSequence edit(CoordinateSequence sequence, Geometry geometry) {
            Coordinate[] out = new Coordinate[sequence.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = transform(sequence.getX(i), sequence.getY(i));
            }
            return Geometries.FACTORY.getCoordinateSequenceFactory().create(out);
        }

        private Coordinate transform(double x, double y) {
            if (crs.transform() == null) {
                return new CoordinateXY(x, y);
            }
            point[0] = x;
            point[1] = y;
            try {
                crs.transform().transform(point, 0, point, 0, 1);
            } catch (TransformException e) {
                throw cannotTransform(x, y, e.getMessage());
            }
            if (!Double.isFinite(point[0]) || !Double.isFinite(point[1])) {
                throw cannotTransform(x, y, "the position lies outside the area where the projection is defined");
            }
            return new CoordinateXY(point[0], point[1]);
        }

        private InvalidRecordException cannotTransform(double x, double y, String reason) {
            return new InvalidRecordException("geometry", "cannot transform (%s, %s) from %s to WGS 84: %s".formatted(x, y, crs.description(), reason));
        }
    }
}
