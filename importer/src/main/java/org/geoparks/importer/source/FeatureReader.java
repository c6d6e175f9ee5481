package org.geoparks.importer.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.geoparks.importer.crs.SourceCrs;

/** Reads the features of one layer of one file, one at a time, so that files of any size stream. */
public interface FeatureReader extends Closeable {

    /** The CRS the file declares, if it declares one. */
    Optional<SourceCrs> declaredCrs();

    /** The next feature, or null at the end. A feature that cannot be read throws {@link UnreadableFeatureException}. */
    SourceFeature next() throws IOException;

    @Override
    void close() throws IOException;
}
