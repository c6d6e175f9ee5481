package org.geoparks.catalogue.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LatLonShape;
import org.apache.lucene.document.ShapeField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.springframework.stereotype.Service;

/**
 * Answers searches, suggestions and the map service's {@code q=} from this instance's index.
 *
 * <p>Ranking: the text's score ({@link TextQuery}), times the weight of the record's layer
 * (places first, signs last), plus — when the visitor says where they are — a bonus that halves
 * at {@value #DISTANCE_PIVOT_M} m. Distances, filters and sorting use only the public geometry in
 * the index, so a location-biased search cannot home in on a protected site.
 */
@Service
public class SearchService {

    static final double DISTANCE_PIVOT_M = 10_000;
    static final float DISTANCE_WEIGHT = 4f;
    private static final Set<String> STORED = Set.of(SearchFields.KEY, SearchFields.ID, SearchFields.COLLECTION, SearchFields.ITEM,
            SearchFields.LAYER, SearchFields.KIND, SearchFields.STORED_PARKS, SearchFields.STATUS, SearchFields.NAMES,
            SearchFields.GEOJSON, SearchFields.STORED_TEXT_PREFIX + "vi", SearchFields.STORED_TEXT_PREFIX + "en",
            SearchFields.STORED_TEXT_PREFIX + "zh-Hans");
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
    };

    private final SearchIndexer indexer;
    private final ObjectMapper json;

    SearchService(SearchIndexer indexer, ObjectMapper json) {
        this.indexer = indexer;
        this.json = json;
    }

    /**
     * The ids of the records of one layer that match {@code q}, best first: what the map service's
     * {@code q=} parameter intersects with its other filters. A match in a layer owned by this one
     * counts for its owner (a product's for its partner).
     *
     * @param layer one of place, intangible-heritage, partner, route, hazard, sign
     * @param max   at most this many ids (1..10000)
     * @throws SearchRequestException  when q is too long or holds control characters (a 400)
     * @throws SearchUnavailableException while the index is being built (a 503)
     */
    public List<String> matchingIds(String layer, String q, LanguagePreference language, int max) {
        Set<String> layers = SearchDocuments.layersShownBy(layer);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("not a searchable layer: " + layer + " (one of " + SearchDocuments.LAYERS + ")");
        }
        if (max < 1 || max > 10_000) {
            throw new IllegalArgumentException("max must lie in 1..10000");
        }
        SearchRequest request = SearchRequest.of(q, language, max);
        return withIndex(searcher -> {
            Query query = new BooleanQuery.Builder()
                    .add(ranked(textQuery(searcher, request.q()), request), Occur.MUST)
                    .add(terms(SearchFields.LAYER, layers), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(query, max * layers.size() * 4);
            var stored = searcher.storedFields();
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(stored.document(hit.doc, Set.of(SearchFields.ITEM)).get(SearchFields.ITEM));
                if (ids.size() == max) {
                    break;
                }
            }
            return List.copyOf(ids);
        });
    }

    /**
     * Waits until this instance's index reflects every change committed before the call (two
     * complete reads of the change log after it), for a caller that must read its own writes.
     * Returns false when that takes longer than {@code timeout}.
     */
    public boolean awaitCurrent(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (indexer.ready().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        long target = indexer.reads() + 2;
        while (indexer.reads() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Whether this instance's index is built (or caught up) and answers. */
    public boolean isReady() {
        return indexer.ready().isPresent();
    }

    SearchResult search(SearchRequest request) {
        return withIndex(searcher -> search(searcher, request));
    }

    /** The text as a query against this searcher's index (which words are common depends on it). */
    private TextQuery textQuery(SearchIndex.FacetedSearcher searcher, String q) {
        var reader = searcher.getIndexReader();
        return new TextQuery(indexer.analysis(), q, term -> {
            try {
                return reader.docFreq(term);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private SearchResult search(SearchIndex.FacetedSearcher searcher, SearchRequest request) throws IOException {
        TextQuery text = request.q().isEmpty() ? null : textQuery(searcher, request.q());
        Query scored = ranked(text, request);
        if (request.near() != null && !request.byDistance()) {
            scored = new BooleanQuery.Builder().add(scored, Occur.MUST)
                    .add(LatLonPoint.newDistanceFeatureQuery(SearchFields.POINT, DISTANCE_WEIGHT, request.near().lat(),
                            request.near().lon(), DISTANCE_PIVOT_M), Occur.SHOULD)
                    .build();
        }
        Map<String, Query> filters = filters(request);
        Query scoredQuery = scored;
        Query query = filtered(scored, filters, null);
        Sort sort = request.byDistance()
                ? new Sort(LatLonDocValuesField.newDistanceSort(SearchFields.POINT, request.near().lat(), request.near().lon()),
                        SortField.FIELD_SCORE)
                : null;
        int wanted = request.offset() + request.limit();
        FacetsCollectorManager.FacetsResult result = sort == null
                ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, wanted, sort, true, new FacetsCollectorManager());
        Map<String, Map<String, Long>> facets = counts(searcher, result.facetsCollector(), DocumentMapping.FACETS);
        // A filtered dimension counts its values as if it were not filtered, so that a client can widen the choice.
        for (String dim : filters.keySet()) {
            if (DocumentMapping.FACETS.contains(dim)) {
                FacetsCollector without = searcher.search(filtered(scoredQuery, filters, dim), new FacetsCollectorManager());
                facets.put(dim, counts(searcher, without, List.of(dim)).get(dim));
            }
        }
        // Every match of the query and all its filters, counted by the facets' collector (the top
        // documents' own count stops being exact past a thousand).
        long matched = result.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        ScoreDoc[] docs = result.topDocs().scoreDocs;
        List<ScoreDoc> page = Arrays.asList(docs).subList(Math.min(docs.length, request.offset()), docs.length);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc doc : page) {
            hits.add(hit(searcher, doc, text, request));
        }
        return new SearchResult(hits, matched, facets);
    }

    List<Suggestion> suggest(SearchRequest request) {
        if (request.q().isEmpty()) {
            return List.of();
        }
        SearchAnalysis analysis = indexer.analysis();
        List<String> prefixes = TextQuery.analyze(analysis.query(SearchFields.Text.PREFIX), request.q());
        List<String> chinese = TextQuery.analyze(analysis.query(SearchFields.Text.NAME_ZH), request.q());
        List<Query> ways = new ArrayList<>();
        if (!prefixes.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String p : prefixes.subList(0, Math.min(prefixes.size(), 8))) {
                String cut = p.length() > SearchAnalysis.MAX_PREFIX ? p.substring(0, SearchAnalysis.MAX_PREFIX) : p;
                all.add(new TermQuery(new Term(SearchFields.Text.PREFIX.field(), cut)), Occur.MUST);
            }
            ways.add(all.build());
        }
        if (!chinese.isEmpty() && request.q().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            chinese.forEach(t -> all.add(new TermQuery(new Term(SearchFields.Text.NAME_ZH.field(), t)), Occur.MUST));
            ways.add(all.build());
        }
        if (ways.isEmpty()) {
            return List.of();
        }
        Query scored = FunctionScoreQuery.boostByValue(new DisjunctionMaxQuery(ways, 0f), DoubleValuesSource.fromFloatField(SearchFields.RANK));
        if (request.near() != null) {
            scored = new BooleanQuery.Builder().add(scored, Occur.MUST)
                    .add(LatLonPoint.newDistanceFeatureQuery(SearchFields.POINT, 1f, request.near().lat(), request.near().lon(),
                            DISTANCE_PIVOT_M), Occur.SHOULD)
                    .build();
        }
        Query query = filtered(scored, filters(request), null);
        return withIndex(searcher -> {
            TopDocs top = searcher.search(query, request.limit());
            var stored = searcher.storedFields();
            List<Suggestion> out = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document d = stored.document(hit.doc, Set.of(SearchFields.ID, SearchFields.LAYER, SearchFields.KIND,
                        SearchFields.COLLECTION, SearchFields.NAMES));
                Map<String, String> names = names(d.get(SearchFields.NAMES));
                String language = suggestedLanguage(names, prefixes, request.language(), analysis);
                out.add(new Suggestion(names.getOrDefault(language, d.get(SearchFields.ID)), language, d.get(SearchFields.LAYER),
                        d.get(SearchFields.ID), d.get(SearchFields.COLLECTION), d.get(SearchFields.KIND)));
            }
            return out;
        });
    }

    /** The visitor's language when its name starts with what they typed, else the first language whose name does. */
    private static String suggestedLanguage(Map<String, String> names, List<String> prefixes, LanguagePreference preference,
                                            SearchAnalysis analysis) {
        List<String> order = new ArrayList<>(preference.chain());
        names.keySet().stream().filter(l -> !order.contains(l)).forEach(order::add);
        for (String language : order) {
            String name = names.get(language);
            if (name == null) {
                continue;
            }
            List<String> words = TextQuery.analyze(analysis.query(SearchFields.Text.PREFIX), name);
            if (!prefixes.isEmpty() && prefixes.stream().allMatch(p -> words.stream().anyMatch(w -> w.startsWith(p)))) {
                return language;
            }
        }
        for (String language : order) {
            if (names.containsKey(language)) {
                return language;
            }
        }
        return preference.primary();
    }

    // ---------------------------------------------------------------------------------------

    /** The text's score times the layer's weight; without text, the layer's weight alone. */
    private static Query ranked(TextQuery text, SearchRequest request) {
        Query base = text == null ? new MatchAllDocsQuery() : text.query();
        return FunctionScoreQuery.boostByValue(base, DoubleValuesSource.fromFloatField(SearchFields.RANK));
    }

    private static Map<String, Query> filters(SearchRequest r) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!r.kinds().isEmpty()) {
            filters.put(SearchFields.KIND, terms(SearchFields.KIND, r.kinds()));
        }
        if (!r.layers().isEmpty()) {
            filters.put(SearchFields.LAYER, terms(SearchFields.LAYER, r.layers()));
        }
        if (!r.parks().isEmpty()) {
            filters.put(SearchFields.PARK, terms(SearchFields.PARK, r.parks()));
        }
        if (r.bbox() != null) {
            var b = r.bbox();
            filters.put("bbox", LatLonShape.newBoxQuery(SearchFields.SHAPE, ShapeField.QueryRelation.INTERSECTS,
                    b.south(), b.north(), b.west(), b.east()));
        }
        if (r.radiusM() != null) {
            filters.put("radius", LatLonPoint.newDistanceQuery(SearchFields.POINT, r.near().lat(), r.near().lon(), r.radiusM()));
        }
        return filters;
    }

    private static Query filtered(Query scored, Map<String, Query> filters, String except) {
        if (filters.isEmpty() || (filters.size() == 1 && filters.containsKey(except))) {
            return scored;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(scored, Occur.MUST);
        filters.forEach((name, filter) -> {
            if (!name.equals(except)) {
                b.add(filter, Occur.FILTER);
            }
        });
        return b.build();
    }

    private static Query terms(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Map<String, Map<String, Long>> counts(SearchIndex.FacetedSearcher searcher, FacetsCollector collected,
                                                         List<String> dims) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        dims.forEach(d -> out.put(d, new LinkedHashMap<>()));
        if (searcher.facets() == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facets(), collected);
        for (String dim : dims) {
            FacetResult r;
            try {
                r = counts.getTopChildren(100, dim);
            } catch (IllegalArgumentException notIndexedYet) {
                r = null;
            }
            if (r != null) {
                Map<String, Long> values = out.get(dim);
                for (LabelAndValue lv : r.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
        }
        return out;
    }

    private SearchHit hit(SearchIndex.FacetedSearcher searcher, ScoreDoc scoreDoc, TextQuery text, SearchRequest request)
            throws IOException {
        Document d = searcher.storedFields().document(scoreDoc.doc, STORED);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
        int inLeaf = scoreDoc.doc - leaf.docBase;
        Map<String, String> names = names(d.get(SearchFields.NAMES));
        SearchLanguage matched = matchedLanguage(text, names, d, request);
        SearchLanguage shown = matched != null ? matched
                : SearchLanguage.ofTag(request.language().primary()).orElse(SearchLanguage.EN);
        String snippet = Snippets.of(text, shown, indexer.analysis().query(shown.nameField()), names.get(shown.tag()),
                d.get(SearchFields.STORED_TEXT_PREFIX + shown.tag()));
        Double distance = request.near() == null ? null : distance(leaf, inLeaf, request.near());
        String parks = d.get(SearchFields.STORED_PARKS);
        float score = scoreDoc.score;
        if (Float.isNaN(score) && scoreDoc instanceof org.apache.lucene.search.FieldDoc fd && fd.fields.length > 1
                && fd.fields[1] instanceof Float f) {
            score = f;
        }
        return new SearchHit(d.get(SearchFields.LAYER), d.get(SearchFields.ID), d.get(SearchFields.COLLECTION), d.get(SearchFields.ITEM),
                d.get(SearchFields.KIND),
                parks == null || parks.isEmpty() ? List.of() : Arrays.asList(parks.split(",")), d.get(SearchFields.STATUS), names,
                d.get(SearchFields.GEOJSON), score, matched == null ? null : matched.tag(), snippet, distance);
    }

    /**
     * The language a hit matched in: the one whose name (three times) and other texts hold most
     * of the query's words, as analysed in that language; the visitor's language on a tie. Read
     * from the stored texts: scoring each language's query again cost more than the search.
     */
    private SearchLanguage matchedLanguage(TextQuery text, Map<String, String> names, Document d, SearchRequest request) {
        if (text == null) {
            return null;
        }
        SearchLanguage best = null;
        int bestCount = 0;
        List<SearchLanguage> order = new ArrayList<>();
        SearchLanguage.ofTag(request.language().primary()).ifPresent(order::add);
        Arrays.stream(SearchLanguage.values()).filter(l -> !order.contains(l)).forEach(order::add);
        boolean han = request.q().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        for (SearchLanguage language : order) {
            List<String> words = text.tokens(language);
            if (words.isEmpty() || (language == SearchLanguage.ZH && !han)) {
                continue; // Chinese texts are only worth segmenting again for a query written in Chinese
            }
            var analyzer = indexer.analysis().query(language.nameField());
            int count = 3 * found(analyzer, names.get(language.tag()), words);
            if (count + words.size() <= bestCount) {
                continue; // even every word in its other texts would not make it the best: they are not read
            }
            count += found(analyzer, d.get(SearchFields.STORED_TEXT_PREFIX + language.tag()), words);
            if (count > bestCount) {
                bestCount = count;
                best = language;
            }
        }
        return best;
    }

    /** How many of the words (repeats included) a stored text holds, as analysed; read only until all are found. */
    private static int found(org.apache.lucene.analysis.Analyzer analyzer, String stored, List<String> words) {
        if (stored == null || stored.isEmpty()) {
            return 0;
        }
        Map<String, Integer> pending = new java.util.HashMap<>();
        words.forEach(w -> pending.merge(w, 1, Integer::sum));
        int n = 0;
        int read = 0;
        try (var ts = analyzer.tokenStream("found", SearchAnalysis.nfc(stored))) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (!pending.isEmpty() && read++ < 1000 && ts.incrementToken()) {
                Integer times = pending.remove(term.toString());
                if (times != null) {
                    n += times;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** Metres from the visitor to the nearest of the record's public points; null when it has none. */
    private static Double distance(LeafReaderContext leaf, int doc, SearchRequest.Near near) throws IOException {
        SortedNumericDocValues points = DocValues.getSortedNumeric(leaf.reader(), SearchFields.POINT);
        if (!points.advanceExact(doc)) {
            return null;
        }
        double min = Double.MAX_VALUE;
        for (int i = 0; i < points.docValueCount(); i++) {
            long v = points.nextValue();
            double lat = GeoEncodingUtils.decodeLatitude((int) (v >> 32));
            double lon = GeoEncodingUtils.decodeLongitude((int) (v & 0xFFFFFFFFL));
            min = Math.min(min, SloppyMath.haversinMeters(near.lat(), near.lon(), lat, lon));
        }
        return (double) Math.round(min);
    }

    private Map<String, String> names(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, NAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withIndex(SearchIndex.SearchFunction<T> work) {
        SearchIndex index = indexer.ready().orElseThrow(() -> new SearchUnavailableException(
                "The search index of this instance is being built; try again in a few seconds."));
        try {
            return index.search(work);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }
}
