package org.geoparks.catalogue.search;

/** The names of the index's fields, and the analysis of each text field. */
final class SearchFields {

    private SearchFields() {
    }

    enum Analysis { VI, VI_EXACT, EN, ZH, ZH_TEXT, PREFIX, IDENT }

    /** The analysed text fields. */
    enum Text {
        NAME_VI("name.vi", Analysis.VI),
        NAME_VI_EXACT("name.vi.exact", Analysis.VI_EXACT),
        NAME_EN("name.en", Analysis.EN),
        NAME_ZH("name.zh", Analysis.ZH),
        TEXT_VI("text.vi", Analysis.VI),
        TEXT_EN("text.en", Analysis.EN),
        TEXT_ZH("text.zh", Analysis.ZH_TEXT),
        PREFIX("prefix", Analysis.PREFIX),
        IDENT("ident", Analysis.IDENT);

        private final String field;
        private final Analysis analysis;

        Text(String field, Analysis analysis) {
            this.field = field;
            this.analysis = analysis;
        }

        String field() {
            return field;
        }

        Analysis analysis() {
            return analysis;
        }
    }

    /** One searchable record per catalogue record (or per product), as {@code layer:id}. */
    static final String KEY = "key";
    /** The catalogue record whose change rewrites this document ({@code partner:id} for a product). */
    static final String OWNER = "owner";
    /** The records this document draws from (a sign's place, a route's stops): their changes rewrite it too. */
    static final String REF = "ref";

    // Filters and facets (keyword fields, and facet dimensions of the same names).
    static final String LAYER = "layer";
    static final String KIND = "kind";
    static final String PARK = "park";
    static final String STATUS = "status";
    static final String PARTNER_TYPE = "partner_type";
    static final String LANGUAGE = "language";

    /** Every name and alias whole, folded ({@link SearchAnalysis#whole}): one term each, for "typed the name exactly". */
    static final String WHOLE_NAME = "name.whole";
    /** A document's weight among layers, multiplied into its score. */
    static final String RANK = "rank";
    /** Representative points of the public geometry: distance filter, sort and decay. */
    static final String POINT = "point";
    /** The public geometry as a shape: bbox filter. */
    static final String SHAPE = "shape";

    // Stored for the answer, never searched.
    static final String ID = "id";
    static final String COLLECTION = "collection";
    /** The id of the map feature that shows the record: its own, or its owner's (a product's partner). */
    static final String ITEM = "item";
    static final String NAMES = "names";
    static final String GEOJSON = "geojson";
    static final String STORED_PARKS = "parks";
    static final String STORED_STATUS = "stored_status";
    static final String STORED_TEXT_PREFIX = "stored_text.";
}
