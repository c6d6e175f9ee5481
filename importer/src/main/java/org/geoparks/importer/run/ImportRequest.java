package org.geoparks.importer.run;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.mapping.LayerMapping;

/**
 * One file to import and how.
 *
 * @param file         the file (or, for narrations, a folder of scripts)
 * @param layer        the catalogue layer it feeds; null to take it from the mapping
 * @param sourceLayer  the layer inside the file, for formats with several (GeoPackage, KML)
 * @param mapping      attribute mapping; null for files in the catalogue's own format
 * @param source       the dataset key that, with each record's id, makes re-imports idempotent
 * @param sourceCrs    the file's CRS when the file does not say, or says it wrongly
 * @param park         the park of records that do not name one
 * @param encoding     text encoding when the file does not say (Shapefile without .cpg, CSV)
 * @param dryRun       do everything but commit
 * @param repair       repair invalid geometries (reported one by one) instead of rejecting them
 * @param skipInvalid  commit the valid records even if some are rejected
 * @param overwriteAll replace records people edited since the last import
 * @param overwrite    replace only these edited records (catalogue ids)
 * @param marginKm     how far outside its park a record may lie before it is called suspicious
 * @param actor        who imports, for the audit log
 */
public record ImportRequest(Path file, String layer, String sourceLayer, LayerMapping mapping, String source,
                            SourceCrs sourceCrs, String park, Charset encoding, boolean dryRun, boolean repair,
                            boolean skipInvalid, boolean overwriteAll, Set<String> overwrite, double marginKm,
                            String actor) {

    public static final double DEFAULT_MARGIN_KM = 2.0;

    public ImportRequest {
        overwrite = overwrite == null ? Set.of() : Set.copyOf(overwrite);
        if (marginKm < 0) {
            throw new IllegalArgumentException("the margin must not be negative");
        }
    }

    /** A plain import of a file in the catalogue's own format into a layer. */
    public static ImportRequest of(Path file, String layer, String source, String actor) {
        return new ImportRequest(file, layer, null, null, source, null, null, null, false, false, false, false,
                Set.of(), DEFAULT_MARGIN_KM, actor);
    }
}
