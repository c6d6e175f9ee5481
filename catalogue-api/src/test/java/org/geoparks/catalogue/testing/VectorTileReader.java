package org.geoparks.catalogue.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the positions out of a Mapbox vector tile (protobuf, spec 2.1), as longitude/latitude:
 * enough for tests to see every coordinate a tile gives away. Layers, features and geometry
 * commands are decoded; attributes are skipped; the vertices clipping makes on the tile's buffer
 * edge are left out.
 */
public final class VectorTileReader {

    /** The buffer the service clips tiles' geometries to, in tile units (ST_AsMVTGeom's). */
    static final int BUFFER = 64;

    private final byte[] bytes;
    private int at;

    private VectorTileReader(byte[] bytes, int from, int to) {
        this.bytes = java.util.Arrays.copyOfRange(bytes, from, to);
        this.at = 0;
    }

    /** Every vertex of every feature of every layer of tile z/x/y, as {longitude, latitude}. */
    public static List<double[]> positions(byte[] tile, int z, int x, int y) {
        List<double[]> out = new ArrayList<>();
        VectorTileReader t = new VectorTileReader(tile, 0, tile.length);
        while (t.more()) {
            int key = (int) t.varint();
            if (key >>> 3 == 3 && (key & 7) == 2) {
                t.layer(t.slice(), z, x, y, out);
            } else {
                t.skip(key & 7);
            }
        }
        return out;
    }

    private void layer(VectorTileReader layer, int z, int x, int y, List<double[]> out) {
        long extent = 4096;
        List<VectorTileReader> features = new ArrayList<>();
        while (layer.more()) {
            int key = (int) layer.varint();
            if (key >>> 3 == 2 && (key & 7) == 2) {
                features.add(layer.slice());
            } else if (key >>> 3 == 5 && (key & 7) == 0) {
                extent = layer.varint();
            } else {
                layer.skip(key & 7);
            }
        }
        for (VectorTileReader feature : features) {
            while (feature.more()) {
                int key = (int) feature.varint();
                if (key >>> 3 == 4 && (key & 7) == 2) {
                    geometry(feature.slice(), extent, z, x, y, out);
                } else {
                    feature.skip(key & 7);
                }
            }
        }
    }

    private static void geometry(VectorTileReader g, long extent, int z, int x, int y, List<double[]> out) {
        long cx = 0;
        long cy = 0;
        while (g.more()) {
            long command = g.varint();
            int id = (int) (command & 7);
            long count = command >>> 3;
            if (id == 7) {
                continue; // ClosePath: no parameters
            }
            for (long i = 0; i < count; i++) {
                cx += zigzag(g.varint());
                cy += zigzag(g.varint());
                if (cx <= -BUFFER || cy <= -BUFFER || cx >= extent + BUFFER || cy >= extent + BUFFER) {
                    continue; // made by clipping the geometry to the tile's buffer: not a position of the data
                }
                double fx = (x + (double) cx / extent) / (1L << z);
                double fy = (y + (double) cy / extent) / (1L << z);
                double lon = fx * 360 - 180;
                double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * fy))));
                out.add(new double[] {lon, lat});
            }
        }
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private boolean more() {
        return at < bytes.length;
    }

    private long varint() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[at++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }

    private VectorTileReader slice() {
        int length = (int) varint();
        VectorTileReader slice = new VectorTileReader(bytes, at, at + length);
        at += length;
        return slice;
    }

    private void skip(int wireType) {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> at += 8;
            case 2 -> {
                int length = (int) varint(); // read first: "at += varint()" would add to the old position
                at += length;
            }
            case 5 -> at += 4;
            default -> throw new IllegalStateException("wire type " + wireType + " in a vector tile");
        }
    }
}
