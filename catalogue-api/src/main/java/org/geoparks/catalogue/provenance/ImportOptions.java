package org.geoparks.catalogue.provenance;

import java.util.Objects;
import java.util.Set;

/**
 * How an import treats records that people edited since the last import.
 *
 * @param actor       who is importing, for the audit log (e.g. {@code importer:places.gpkg})
 * @param overwriteAll replace every edited record with the file's version
 * @param overwrite   replace only these edited records (by catalogue id)
 */
public record ImportOptions(String actor, boolean overwriteAll, Set<String> overwrite) {

    public ImportOptions {
        Objects.requireNonNull(actor, "actor");
        overwrite = overwrite == null ? Set.of() : Set.copyOf(overwrite);
    }

    public static ImportOptions keepEdits(String actor) {
        return new ImportOptions(actor, false, Set.of());
    }

    public boolean mayOverwrite(String id) {
        return overwriteAll || overwrite.contains(id);
    }
}
