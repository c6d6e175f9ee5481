package org.geoparks.importer.layer;

import java.text.Normalizer;
import java.util.Locale;
import org.geoparks.catalogue.support.InvalidRecordException;

/** Catalogue ids from the ids of source files: lower-case ASCII kebab-case, Vietnamese letters folded. */
public final class CatalogueIds {

    private CatalogueIds() {
    }

    public static String from(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            throw new InvalidRecordException("id", "the record has no id; name the id column in the mapping (id: COLUMN)");
        }
        String folded = Normalizer.normalize(externalId.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.length() < 2) {
            throw new InvalidRecordException("id", "'" + externalId + "' cannot be made into a catalogue id");
        }
        return folded.length() > 120 ? folded.substring(0, 120) : folded;
    }
}
