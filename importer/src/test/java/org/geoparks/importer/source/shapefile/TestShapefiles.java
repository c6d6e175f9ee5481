package org.geoparks.importer.source.shapefile;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes small Shapefiles byte by byte for tests, after the ESRI technical description. */
final class TestShapefiles {

    static final int POINT = 1;
    static final int POLYLINE = 3;
    static final int POLYGON = 5;

    private TestShapefiles() {
    }

    /** Writes {@code base}.shp and .shx with these record contents (shape type first, little-endian). */
    static void shp(Path base, int shapeType, List<byte[]> contents) throws IOException {
        int shpLength = 100;
        for (byte[] content : contents) {
            shpLength += 8 + content.length;
        }
        ByteBuffer shp = header(shpLength, shapeType);
        ByteBuffer shx = header(100 + 8 * contents.size(), shapeType);
        int offset = 100;
        int number = 1;
        for (byte[] content : contents) {
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(content.length / 2);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(content.length / 2);
            shp.put(content);
            offset += 8 + content.length;
        }
        Files.write(withEnding(base, "shp"), shp.array());
        Files.write(withEnding(base, "shx"), shx.array());
    }

    private static ByteBuffer header(int length, int shapeType) {
        ByteBuffer header = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        header.putInt(0, 9994).putInt(24, length / 2);
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, shapeType);
        header.position(100);
        return header;
    }

    static byte[] point(double x, double y) {
        return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(POINT).putDouble(x).putDouble(y).array();
    }

    static byte[] nullShape() {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
    }

    /** A PolyLine or Polygon record; each part is x1, y1, x2, y2… */
    static byte[] parts(int shapeType, double[]... parts) {
        int points = 0;
        for (double[] part : parts) {
            points += part.length / 2;
        }
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.length + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(shapeType).putDouble(0).putDouble(0).putDouble(0).putDouble(0).putInt(parts.length).putInt(points);
        int start = 0;
        for (double[] part : parts) {
            b.putInt(start);
            start += part.length / 2;
        }
        for (double[] part : parts) {
            for (double v : part) {
                b.putDouble(v);
            }
        }
        return b.array();
    }

    /** A square ring, clockwise (ESRI's outer ring) or counter-clockwise (a hole). */
    static double[] square(double x, double y, double size, boolean clockwise) {
        return clockwise
                ? new double[] {x, y, x, y + size, x + size, y + size, x + size, y, x, y}
                : new double[] {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
    }

    /** Writes {@code base}.dbf with text columns in this encoding. */
    static void dbf(Path base, Charset charset, List<String> columns, List<Object[]> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(withEnding(base, "dbf"))) {
            DBFWriter writer = new DBFWriter(out, charset);
            DBFField[] fields = columns.stream().map(c -> new DBFField(c, DBFDataType.CHARACTER, 60)).toArray(DBFField[]::new);
            writer.setFields(fields);
            rows.forEach(writer::addRecord);
            writer.close();
        }
    }

    /** Marks a .dbf row deleted ('*'), as a GIS does when a feature is deleted. */
    static void deleteRow(Path base, int row) throws IOException {
        Path dbf = withEnding(base, "dbf");
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(dbf)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(header.getShort(8));
        int recordLength = Short.toUnsignedInt(header.getShort(10));
        try (FileChannel channel = FileChannel.open(dbf, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'*'}), headerLength + (long) (row - 1) * recordLength);
        }
    }

    static Path withEnding(Path base, String ending) {
        return base.resolveSibling(base.getFileName() + "." + ending);
    }
}
