package org.geoparks.catalogue.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.geoparks.catalogue.i18n.LocalizedText;

/**
 * A {@link SearchDocument} as Lucene fields: analysed texts per language, keyword fields for
 * filters, facet dimensions, points and shapes of the public geometry, and what the answer shows.
 * Knows no layer: everything a layer says arrives in the document.
 */
final class DocumentMapping {

    static final List<String> FACETS = List.of(SearchFields.LAYER, SearchFields.KIND, SearchFields.PARK,
            SearchFields.STATUS, SearchFields.PARTNER_TYPE, SearchFields.LANGUAGE);

    /** Prefixes are never matched as phrases: frequencies (which rank), no positions. */
    private static final FieldType PREFIXES = prefixes();

    private final FacetsConfig facets = new FacetsConfig();
    private final ObjectMapper json;

    DocumentMapping(ObjectMapper json) {
        this.json = json;
        for (String dim : FACETS) {
            facets.setMultiValued(dim, true);
            // Filters use the keyword field of the same name; Lucene's own drill-down terms would be a second copy.
            facets.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
    }

    private static FieldType prefixes() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    Document toLucene(SearchDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KEY, d.key(), Field.Store.YES));
        doc.add(new StringField(SearchFields.OWNER, d.owner().toString(), Field.Store.NO));
        d.refs().forEach(r -> doc.add(new StringField(SearchFields.REF, r.toString(), Field.Store.NO)));
        doc.add(new StoredField(SearchFields.ID, d.id()));
        doc.add(new StoredField(SearchFields.COLLECTION, d.collection()));
        doc.add(new StoredField(SearchFields.ITEM, d.owner().id()));

        keyword(doc, SearchFields.LAYER, d.layer(), true);
        keyword(doc, SearchFields.KIND, d.kind(), true);
        d.parks().forEach(p -> keyword(doc, SearchFields.PARK, p, false));
        doc.add(new StoredField(SearchFields.STORED_PARKS, String.join(",", d.parks())));
        if (d.status() != null) {
            keyword(doc, SearchFields.STATUS, d.status(), true);
        }
        if (d.partnerType() != null) {
            keyword(doc, SearchFields.PARTNER_TYPE, d.partnerType(), false);
        }
        d.languages().forEach(l -> keyword(doc, SearchFields.LANGUAGE, l, false));
        doc.add(new FloatDocValuesField(SearchFields.RANK, d.rank()));

        // Names: each language, the aliases in every language, and all of them as prefixes.
        LocalizedText name = d.name();
        doc.add(new StoredField(SearchFields.NAMES, json(name.texts())));
        for (SearchLanguage language : SearchLanguage.values()) {
            name.get(language.tag()).ifPresent(n -> text(doc, language.nameField(), n));
            d.aliases().forEach(a -> text(doc, language.nameField(), a));
            List<String> texts = d.text().getOrDefault(language.tag(), List.of());
            texts.forEach(t -> text(doc, language.textField(), t));
            if (!texts.isEmpty()) {
                doc.add(new StoredField(SearchFields.STORED_TEXT_PREFIX + language.tag(), String.join("\n", texts)));
            }
        }
        name.get("vi").ifPresent(n -> text(doc, SearchFields.Text.NAME_VI_EXACT, n));
        d.aliases().forEach(a -> text(doc, SearchFields.Text.NAME_VI_EXACT, a));
        // Each name and alias whole, and cut into prefixes. A word in several of a record's names
        // counts several times: the record whose own names start so comes before the one whose
        // alias merely mentions it (typing "ban gioc", the waterfall before its Chinese side).
        Set<String> wholes = new LinkedHashSet<>();
        java.util.stream.Stream.concat(name.texts().values().stream(), d.aliases().stream()).forEach(n -> {
            String whole = SearchAnalysis.whole(n);
            if (!whole.isEmpty()) {
                wholes.add(whole);
            }
            doc.add(new Field(SearchFields.Text.PREFIX.field(), SearchAnalysis.nfc(n), PREFIXES));
        });
        wholes.forEach(k -> doc.add(new StringField(SearchFields.WHOLE_NAME, k, Field.Store.NO)));
        d.identifiers().forEach(i -> text(doc, SearchFields.Text.IDENT, i));

        if (d.geometry() != null) {
            doc.add(new StoredField(SearchFields.GEOJSON, d.geoJson()));
            for (GeoShapes.LatLon p : GeoShapes.points(d.geometry())) {
                doc.add(new LatLonPoint(SearchFields.POINT, p.lat(), p.lon()));
                doc.add(new LatLonDocValuesField(SearchFields.POINT, p.lat(), p.lon()));
            }
            GeoShapes.shapeFields(SearchFields.SHAPE, d.geometry()).forEach(doc::add);
        }
        return facets.build(doc);
    }

    private static void keyword(Document doc, String field, String value, boolean stored) {
        doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static void text(Document doc, SearchFields.Text field, String value) {
        doc.add(new TextField(field.field(), SearchAnalysis.nfc(value), Field.Store.NO));
    }

    private String json(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
