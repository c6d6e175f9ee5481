package org.geoparks.importer.source.shapefile;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.FileText;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a Shapefile's {@code .shp} records and {@code .dbf} rows side by side, one feature at a
 * time. Rows marked deleted in the {@code .dbf} are skipped with their geometry, as every GIS does.
 * The {@code .dbf} is read as Latin-1 (byte for byte) and its text decoded here, strictly, so that
 * a wrong encoding is an error that says which, not mangled names.
 */
final class ShapefileReader implements FeatureReader {

    private final ShapefileParts parts;
    private final ShpRecords shp;
    private final DBFReader dbf;
    private final FileText text;
    private final Optional<SourceCrs> crs;
    private final String[] names;
    private final int dbfRecords;
    private int dbfRead;

    ShapefileReader(ShapefileParts parts, Charset encoding) throws IOException {
        this.parts = parts;
        this.crs = parts.crs();
        this.text = parts.text(encoding);
        this.shp = new ShpRecords(parts.shp(), new GeometryFactory());
        InputStream dbfBytes = null;
        try {
            dbfBytes = new BufferedInputStream(Files.newInputStream(parts.dbf()), 1 << 16);
            this.dbf = new DBFReader(dbfBytes, StandardCharsets.ISO_8859_1, true);
            this.dbfRecords = dbf.getRecordCount();
            // With deleted rows shown, javadbf puts a "deleted" flag before the file's own fields.
            this.names = new String[dbf.getFieldCount() - 1];
            for (int i = 0; i < names.length; i++) {
                names[i] = text.decode(dbf.getField(i + 1).getName().getBytes(StandardCharsets.ISO_8859_1), "the name of field " + (i + 1));
            }
        } catch (IOException | RuntimeException e) {
            try (Closeable shpFile = shp; Closeable dbfFile = dbfBytes) {
                // both closed
            }
            if (e instanceof UnreadableFileException) {
                throw e;
            }
            if (e instanceof DBFException || e instanceof RuntimeException) {
                // javadbf trusts the header: a damaged one fails in its own way (negative sizes, short buffers).
                throw new UnreadableFileException(dbfName() + " is not a readable dBASE file: " + reason(e), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<SourceCrs> declaredCrs() {
        return crs;
    }

    @Override
    public SourceFeature next() throws IOException {
        while (true) {
            ShpRecords.ShpRecord record = shp.next();
            DBFRow row = nextRow();
            if (record == null && row == null) {
                return null;
            }
            if (record == null) {
                throw new UnreadableFileException("%s has more records than %s: row %d has no geometry record"
                        .formatted(dbfName(), parts.shp().getFileName(), dbfRead));
            }
            if (row == null) {
                throw new UnreadableFileException("%s has more records than %s: record %d has no attribute row"
                        .formatted(parts.shp().getFileName(), dbfName(), record.position()));
            }
            if (Boolean.TRUE.equals(row.getObject(0))) {
                continue;
            }
            Map<String, Object> attributes = attributes(row, record.position());
            return new SourceFeature(record.position(), null, shp.geometry(record), attributes);
        }
    }

    private DBFRow nextRow() {
        DBFRow row;
        try {
            row = dbf.nextRow();
        } catch (RuntimeException e) {
            // DBFException, or what javadbf runs into on a damaged header or field (negative sizes, short buffers).
            throw new UnreadableFileException("%s: row %d cannot be read: %s".formatted(dbfName(), dbfRead + 1, reason(e)), e);
        }
        if (row == null) {
            if (dbfRead < dbfRecords) {
                throw new UnreadableFileException("%s is truncated: its header says %d rows, the file has %d".formatted(dbfName(), dbfRecords, dbfRead));
            }
            return null;
        }
        dbfRead++;
        return row;
    }

    private Map<String, Object> attributes(DBFRow row, long position) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            attributes.put(names[i], value(row.getObject(i + 1), names[i], position));
        }
        return attributes;
    }

    private Object value(Object raw, String field, long position) {
        return switch (raw) {
            case null -> null;
            case String s when s.isBlank() -> null;
            case String s -> text.decode(s.strip().getBytes(StandardCharsets.ISO_8859_1), "record " + position + ", field " + field);
            case BigDecimal d -> wholeOrExact(d);
            case Date d -> date(d);
            case byte[] b -> Base64.getEncoder().encodeToString(b);
            case Number n -> n;
            case Boolean b -> b;
            default -> raw.toString();
        };
    }

    /** javadbf builds dates in the default time zone; "00000000", an empty date to GDAL, comes out before year 1. */
    private static LocalDate date(Date d) {
        LocalDate date = d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        return date.getYear() < 1 ? null : date;
    }

    /** A whole number as a Long (ids, counts), anything else exactly as written. */
    private static Number wholeOrExact(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return stripped.longValueExact();
        }
        return d;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String dbfName() {
        return parts.dbf().getFileName().toString();
    }

    @Override
    public void close() throws IOException {
        try {
            dbf.close();
        } finally {
            shp.close();
        }
    }
}
