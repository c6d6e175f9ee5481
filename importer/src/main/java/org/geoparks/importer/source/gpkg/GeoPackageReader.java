package org.geoparks.importer.source.gpkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.FileText;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Streams the rows of one feature table of a GeoPackage through a result set (closed with the
 * reader). The CRS is the table's entry in {@code gpkg_spatial_ref_sys}: its EPSG code, else its
 * WKT. The feature id ({@code fid}) is the feature's id in the file; it is an attribute too.
 */
final class GeoPackageReader implements FeatureReader {

    private final String name;
    private final GeoPackage geoPackage;
    private final FeatureResultSet rows;
    private final String geometryColumn;
    private final Optional<SourceCrs> crs;
    private final FileText text;
    private final WKBReader wkb = new WKBReader(new GeometryFactory());
    private long index;

    GeoPackageReader(Path file, String layer) {
        this.name = file.getFileName().toString();
        this.text = FileText.declared(name, StandardCharsets.UTF_8, "the GeoPackage standard", "UTF-8");
        try {
            this.geoPackage = GeoPackageManager.open(false, file.toFile(), true);
        } catch (RuntimeException e) {
            throw new UnreadableFileException(name + " is not a readable GeoPackage: " + rootMessage(e), e);
        }
        try {
            FeatureDao table = geoPackage.getFeatureDao(table(layer));
            this.geometryColumn = table.getGeometryColumnName();
            this.crs = crsOf(table.getSrs());
            this.rows = table.queryForAll();
        } catch (RuntimeException e) {
            geoPackage.close();
            throw e instanceof UnreadableFileException u ? u : new UnreadableFileException(name + ": " + rootMessage(e), e);
        }
    }

    private String table(String layer) {
        List<String> tables = geoPackage.getFeatureTables();
        if (layer != null) {
            return tables.stream().filter(t -> t.equalsIgnoreCase(layer)).findFirst()
                    .orElseThrow(() -> new UnreadableFileException("%s has no feature table '%s'; its feature tables: %s".formatted(name, layer, tables)));
        }
        if (tables.size() == 1) {
            return tables.getFirst();
        }
        throw new UnreadableFileException(tables.isEmpty()
                ? name + " has no feature table"
                : "%s has %d feature tables: %s; say which with --source-layer".formatted(name, tables.size(), String.join(", ", tables)));
    }

    /** EPSG by code where the organisation is EPSG; else the WKT; none for the undefined systems (0 and -1). */
    private Optional<SourceCrs> crsOf(SpatialReferenceSystem srs) {
        if (srs == null || srs.getSrsId() == 0 || srs.getSrsId() == -1) {
            return Optional.empty();
        }
        if ("EPSG".equalsIgnoreCase(srs.getOrganization()) && srs.getOrganizationCoordsysId() > 0) {
            return Optional.of(SourceCrs.epsg((int) srs.getOrganizationCoordsysId()));
        }
        String wkt = srs.getDefinition_12_063() != null && !srs.getDefinition_12_063().isBlank() ? srs.getDefinition_12_063() : srs.getDefinition();
        if (wkt == null || wkt.isBlank() || wkt.strip().equalsIgnoreCase("undefined")) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceCrs.parse(wkt));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("%s: the CRS of its table (%s %d) has no usable definition: %s"
                    .formatted(name, srs.getOrganization(), srs.getOrganizationCoordsysId(), e.getMessage()));
        }
    }

    @Override
    public Optional<SourceCrs> declaredCrs() {
        return crs;
    }

    /**
     * The next row. A row whose values or geometry cannot be decoded is rejected on its own; a
     * table SQLite cannot read on (a damaged file) makes the file unreadable from there.
     */
    @Override
    public SourceFeature next() {
        boolean more;
        try {
            more = rows.moveToNext();
        } catch (RuntimeException e) {
            throw new UnreadableFileException("%s is damaged after %d features: %s".formatted(name, index, rootMessage(e)), e);
        }
        if (!more) {
            return null;
        }
        long position = ++index;
        FeatureRow row;
        String id;
        try {
            row = rows.getRow();
            id = String.valueOf(row.getId());
        } catch (RuntimeException e) {
            throw new UnreadableFeatureException("#" + position, "cannot be read: " + rootMessage(e));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < row.columnCount(); i++) {
            String column = row.getColumnName(i);
            if (!column.equals(geometryColumn)) {
                Object raw;
                GeoPackageDataType type;
                try {
                    raw = row.getValue(i);
                    type = row.getColumn(i).getDataType();
                } catch (RuntimeException e) {
                    throw new UnreadableFeatureException(id, "column %s cannot be read: %s".formatted(column, rootMessage(e)));
                }
                attributes.put(column, value(raw, type, id, column));
            }
        }
        return new SourceFeature(position, id, geometry(row, id), attributes);
    }

    /** The geometry: a GeoPackage binary header (decoded by the library), then standard WKB (decoded by JTS). */
    private Geometry geometry(FeatureRow row, String id) {
        try {
            GeoPackageGeometryData data = row.getGeometry();
            if (data == null || data.isEmpty()) {
                return null;
            }
            return wkb.read(data.getWkb());
        } catch (ParseException | IOException | RuntimeException e) {
            throw new UnreadableFeatureException(id, "has a geometry that is not valid GeoPackage WKB: " + rootMessage(e));
        }
    }

    /** The innermost message: the library wraps SQLite's own ("database disk image is malformed"). */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private Object value(Object raw, GeoPackageDataType type, String id, String column) {
        return switch (raw) {
            case null -> null;
            case String s when type == GeoPackageDataType.DATE -> date(s, id, column);
            case String s -> text.check(s, "feature " + id + ", column " + column);
            case Date d when type == GeoPackageDataType.DATE -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            case Date d -> d.toInstant().toString();
            case byte[] b -> Base64.getEncoder().encodeToString(b);
            case Number n -> n;
            case Boolean b -> b;
            default -> raw.toString();
        };
    }

    private static Object date(String s, String id, String column) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new UnreadableFeatureException(id, "column %s: '%s' is not a date (YYYY-MM-DD)".formatted(column, s));
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } finally {
            geoPackage.close();
        }
    }
}
