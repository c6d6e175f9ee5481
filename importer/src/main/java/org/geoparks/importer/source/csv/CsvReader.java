package org.geoparks.importer.source.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.FileText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Streams the records of a CSV file with Apache Commons CSV. The text is UTF-8 (a byte-order mark
 * is skipped) unless --encoding says otherwise, decoded strictly; the first 64 KB are checked
 * before parsing so that a wrong encoding is reported with its line, and TCVN3 text is recognised.
 * Every column stays an attribute (as text); the geometry comes from a longitude/latitude pair of
 * columns or a WKT column. The file declares no CRS.
 */
final class CsvReader implements FeatureReader {

    private static final List<String> LONGITUDE = List.of("lon", "lng", "longitude", "x", "kinh_do");
    private static final List<String> LATITUDE = List.of("lat", "latitude", "y", "vi_do");
    private static final List<List<String>> PAIRS = List.of(List.of("lon", "lat"), List.of("lng", "lat"),
            List.of("longitude", "latitude"), List.of("x", "y"), List.of("kinh_do", "vi_do"));
    private static final List<String> WKT = List.of("wkt", "geometry", "geom");
    private static final int SNIFF_BYTES = 1 << 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final FileText text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final String longitude;
    private final String latitude;
    private final String wkt;
    private final String id;
    private final GeometryFactory factory = new GeometryFactory();
    private final WKTReader wktReader = new WKTReader(factory);
    private long index;

    CsvReader(Path file, Charset encoding) throws IOException {
        this.name = file.getFileName().toString();
        InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES * 2);
        try {
            in.mark(SNIFF_BYTES + UTF8_BOM.length);
            boolean bom = Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM);
            if (!bom) {
                in.reset();
            }
            this.text = bom ? FileText.declared(name, StandardCharsets.UTF_8, "its byte-order mark", "UTF-8") : FileText.optionOrUtf8(name, encoding);
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            requireValidText(head, head.length < SNIFF_BYTES);
            CharsetDecoder decoder = text.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(false)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                    .get();
            this.parser = CSVParser.builder().setReader(new InputStreamReader(in, decoder)).setFormat(format).get();
        } catch (IllegalArgumentException e) {
            in.close();
            throw new UnreadableFileException(name + " has a header row that cannot be used: " + e.getMessage());
        } catch (UncheckedIOException e) {
            in.close();
            throw malformed(e.getCause(), 1);
        } catch (IOException e) {
            in.close();
            throw malformed(e, 1);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
        try {
            this.header = parser.getHeaderNames().stream().map(h -> text.check(h, "the header row")).toList();
            if (header.isEmpty()) {
                throw new UnreadableFileException(name + " is empty: a CSV file for the importer starts with a header row naming its columns");
            }
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
        String[] pair = coordinateColumns();
        this.longitude = pair[0];
        this.latitude = pair[1];
        this.wkt = column(WKT);
        this.id = column(List.of("id"));
        this.records = parser.iterator();
    }

    /** The longitude/latitude columns: a usual pair (lon/lat, x/y, kinh_do/vi_do…) first, else any two. */
    private String[] coordinateColumns() {
        for (List<String> pair : PAIRS) {
            String lon = column(pair.subList(0, 1));
            String lat = column(pair.subList(1, 2));
            if (lon != null && lat != null) {
                return new String[] {lon, lat};
            }
        }
        String lon = column(LONGITUDE);
        String lat = column(LATITUDE);
        return lon != null && lat != null ? new String[] {lon, lat} : new String[] {null, null};
    }

    private String column(List<String> candidates) {
        for (String candidate : candidates) {
            for (String column : header) {
                if (column.strip().toLowerCase(Locale.ROOT).equals(candidate)) {
                    return column;
                }
            }
        }
        return null;
    }

    @Override
    public Optional<SourceCrs> declaredCrs() {
        return Optional.empty();
    }

    @Override
    public SourceFeature next() {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause(), line);
        } catch (IllegalStateException e) {
            throw malformed(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage()), line);
        }
        long position = ++index;
        String where = "line " + line;
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            String value = record.get(i);
            attributes.put(header.get(i), value.isEmpty() ? null : text.check(value, where + ", column " + header.get(i)));
        }
        String externalId = id != null && attributes.get(id) != null ? attributes.get(id).toString().strip() : null;
        String label = externalId != null ? externalId : where;
        if (record.size() != header.size()) {
            throw new UnreadableFeatureException(label, "%s has %d values but the header has %d columns".formatted(where, record.size(), header.size()));
        }
        return new SourceFeature(position, externalId, geometry(attributes, label), attributes);
    }

    private Geometry geometry(Map<String, Object> attributes, String label) {
        if (longitude != null && (attributes.get(longitude) != null || attributes.get(latitude) != null)) {
            Object lon = attributes.get(longitude);
            Object lat = attributes.get(latitude);
            if (lon == null || lat == null) {
                throw new UnreadableFeatureException(label, "has %s but no %s".formatted(lon == null ? latitude : longitude, lon == null ? longitude : latitude));
            }
            return factory.createPoint(new Coordinate(number(lon, longitude, label), number(lat, latitude, label)));
        }
        if (wkt != null && attributes.get(wkt) != null) {
            try {
                return wktReader.read(attributes.get(wkt).toString());
            } catch (ParseException | IllegalArgumentException e) {
                throw new UnreadableFeatureException(label, "column '%s' is not valid WKT: %s".formatted(wkt, e.getMessage()));
            }
        }
        return null;
    }

    private static double number(Object value, String column, String label) {
        String s = value.toString().strip().replace(',', '.');
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d) && !s.matches("(?i).*[a-z].*")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UnreadableFeatureException(label, "column '%s': '%s' is not a number".formatted(column, value));
    }

    /** Checks the encoding on the first bytes, so that a wrong one is reported with its line and the TCVN3 hint. */
    private void requireValidText(byte[] head, boolean wholeFile) {
        CharsetDecoder decoder = text.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CoderResult result = decoder.decode(bytes, CharBuffer.allocate(head.length * 2 + 16), wholeFile);
        if (!result.isError()) {
            return;
        }
        int bad = bytes.position();
        int lineStart = bad;
        while (lineStart > 0 && head[lineStart - 1] != '\n') {
            lineStart--;
        }
        int lineEnd = bad;
        while (lineEnd < head.length && head[lineEnd] != '\n') {
            lineEnd++;
        }
        long line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (head[i] == '\n') {
                line++;
            }
        }
        throw text.invalid("line " + line, Arrays.copyOfRange(head, lineStart, lineEnd));
    }

    private UnreadableFileException malformed(Throwable cause, long line) {
        if (cause instanceof CharacterCodingException) {
            return text.invalid("near line " + line, null);
        }
        String reason = cause == null || cause.getMessage() == null ? "unknown error" : cause.getMessage();
        return new UnreadableFileException("%s is not well-formed CSV (RFC 4180) near line %d: %s".formatted(name, line, reason));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
