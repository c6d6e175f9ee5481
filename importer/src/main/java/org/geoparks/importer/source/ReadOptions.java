package org.geoparks.importer.source;

import java.nio.charset.Charset;

/**
 * What a reader may need beyond the file: the layer to read in multi-layer formats, and the text
 * encoding when the file does not say (Shapefiles without {@code .cpg}, CSV).
 */
public record ReadOptions(String layer, Charset encoding) {

    public static ReadOptions defaults() {
        return new ReadOptions(null, null);
    }
}
