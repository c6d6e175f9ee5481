package org.geoparks.catalogue.heritage;

import java.util.List;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;

/**
 * An intangible heritage record as a file or a form describes it, checked against the catalogue's
 * rules. Parks and places are sets: they are kept sorted and without repeats, so that the same
 * tradition listed in another order is the same draft (and the same import fingerprint).
 */
public record IntangibleHeritageDraft(
        String id,
        HeritageCategory category,
        LocalizedText name,
        LocalizedText description,
        LocalizedText communities,
        List<String> transliterated,
        String unescoListing,
        List<String> parks,
        List<String> places,
        List<String> sources) {

    public IntangibleHeritageDraft {
        Require.id("id", id);
        Require.present("category", category);
        Require.text("name", name);
        description = Require.optional(description);
        communities = Require.optional(communities);
        transliterated = Require.languages("transliterated", transliterated);
        unescoListing = unescoListing == null || unescoListing.isBlank() ? null : unescoListing.strip();
        parks = ids("parks", parks);
        if (parks.isEmpty()) {
            throw new InvalidRecordException("parks", "a tradition needs at least one park where it is practised");
        }
        places = ids("places", places);
        sources = Require.list(sources);
    }

    private static List<String> ids(String field, List<String> ids) {
        return Require.list(ids).stream().map(id -> Require.id(field, id)).distinct().sorted().toList();
    }
}
