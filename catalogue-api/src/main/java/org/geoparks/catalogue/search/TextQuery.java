package org.geoparks.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a typed text means to the index. The text is analysed once per language, never parsed as
 * Lucene syntax, so {@code ( ) : * ~ "} are only punctuation. In each language every word must be
 * found (a few may be missing in longer queries) in the name or the other texts, exactly, with a
 * typo (names), or — the last word, while it is being typed — as the start of a name; the whole
 * text as a phrase in a name counts most, so "hang động" is a word, not two syllables anywhere.
 * Languages compete (the best one counts, the others a little); an accented Vietnamese query
 * adds the exact spellings' score, and a query with digits the identifiers'. A record whose
 * whole name is the text typed comes before those that mention it (a waterfall before the
 * hazards named after it).
 */
final class TextQuery {

    static final int MAX_TOKENS = 32;

    // Weights of a word found in a name, in another text, with a typo, as a prefix.
    static final float NAME = 3f;
    static final float TEXT = 1f;
    static final float TYPO = 1.2f;
    static final float PREFIX = 1.5f;
    static final float NAME_PHRASE = 6f;
    static final float TEXT_PHRASE = 1f;
    static final float EXACT = 2f;
    static final float IDENTIFIER = 4f;
    /** A record whose whole name (or alias) is exactly the text typed: before the records that only mention it. */
    static final float WHOLE_NAME = 20f;
    static final float TIE = 0.3f;

    /**
     * A word that at least this many names hold exactly is not also looked for with a typo: in
     * Vietnamese most syllables are words, and a common one typed correctly ("làng") would
     * otherwise also find every name with a neighbour ("lan", "lũng") — worse answers, and the
     * largest part of a search's cost in a big catalogue. Rare and unknown words keep their
     * typos forgiven ("nguom ngoa", "waterfal").
     */
    static final int COMMON = 20;

    private final SearchAnalysis analysis;
    private final java.util.function.ToIntFunction<Term> documentsWith;
    private final String text;
    private final boolean typing;
    private final Map<SearchLanguage, List<String>> tokens = new EnumMap<>(SearchLanguage.class);
    private final Map<SearchLanguage, Query> byLanguage = new EnumMap<>(SearchLanguage.class);
    private final Query query;

    TextQuery(SearchAnalysis analysis, String text) {
        this(analysis, text, term -> 0);
    }

    /**
     * @param documentsWith how many documents of the index hold a term: a word that many names
     *                      hold as typed is taken as typed ({@link #COMMON})
     */
    TextQuery(SearchAnalysis analysis, String text, java.util.function.ToIntFunction<Term> documentsWith) {
        this.analysis = analysis;
        this.documentsWith = documentsWith;
        this.text = text;
        // The last word is still being typed unless the text ends with a space.
        this.typing = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        List<Query> languages = new ArrayList<>();
        for (SearchLanguage language : SearchLanguage.values()) {
            List<String> t = analyze(analysis.query(language.nameField()), text);
            tokens.put(language, t);
            if (!t.isEmpty()) {
                Query q = language(language, t);
                byLanguage.put(language, q);
                languages.add(q);
            }
        }
        Query identifiers = identifiers();
        if (identifiers != null) {
            languages.add(identifiers);
        }
        if (languages.isEmpty()) {
            this.query = new MatchNoDocsQuery("nothing searchable in the text");
            return;
        }
        Query best = new DisjunctionMaxQuery(languages, TIE);
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(best, Occur.MUST);
        Query exact = exactVietnamese();
        if (exact != null) {
            all.add(exact, Occur.SHOULD);
        }
        String whole = SearchAnalysis.whole(text);
        if (!whole.isEmpty()) {
            all.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.WHOLE_NAME, whole))), WHOLE_NAME), Occur.SHOULD);
        }
        this.query = all.build();
    }

    /** The query over every language. */
    Query query() {
        return query;
    }

    /** The query of one language, to tell which language a result matched in; null when the text has no words in it. */
    Query language(SearchLanguage language) {
        return byLanguage.get(language);
    }

    List<String> tokens(SearchLanguage language) {
        return tokens.getOrDefault(language, List.of());
    }

    boolean typing() {
        return typing;
    }

    boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    private Query language(SearchLanguage language, List<String> t) {
        String name = language.nameField().field();
        String other = language.textField().field();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < t.size(); i++) {
            String token = t.get(i);
            List<Query> ways = new ArrayList<>();
            ways.add(new BoostQuery(new TermQuery(new Term(name, token)), NAME));
            ways.add(new BoostQuery(new TermQuery(new Term(other, token)), TEXT));
            if (language != SearchLanguage.ZH && typoTolerant(token) && documentsWith.applyAsInt(new Term(name, token)) < COMMON) {
                ways.add(new BoostQuery(new FuzzyQuery(new Term(name, token), token.length() >= 8 ? 2 : 1, 1, 20, true), TYPO));
            }
            if (language == SearchLanguage.VI && typing && i == t.size() - 1) {
                ways.add(new BoostQuery(new TermQuery(new Term(SearchFields.Text.PREFIX.field(), prefix(token))), PREFIX));
            }
            words.add(new DisjunctionMaxQuery(ways, 0f), Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(mustMatch(t.size(), language));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        if (t.size() >= 2) {
            q.add(new BoostQuery(phrase(name, t, 0), NAME_PHRASE), Occur.SHOULD);
            q.add(new BoostQuery(phrase(other, t, 1), TEXT_PHRASE), Occur.SHOULD);
        }
        return q.build();
    }

    /** How many of n words must be found: all of one or two, one fewer of three or four, 70 % of more. */
    static int mustMatch(int n, SearchLanguage language) {
        if (language == SearchLanguage.ZH && n >= 3) {
            return (int) Math.ceil(n * 0.6); // bigrams of a name typed with one wrong character
        }
        if (n <= 2) {
            return n;
        }
        return n <= 4 ? n - 1 : (int) Math.ceil(n * 0.7);
    }

    /** Typos are forgiven in words of four letters or more (one edit; two from eight letters). */
    private static boolean typoTolerant(String token) {
        return token.length() >= 4 && token.chars().allMatch(Character::isLetter);
    }

    private static String prefix(String token) {
        return token.length() > SearchAnalysis.MAX_PREFIX ? token.substring(0, SearchAnalysis.MAX_PREFIX) : token;
    }

    private static Query phrase(String field, List<String> t, int slop) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        t.forEach(token -> b.add(new Term(field, token)));
        return b.build();
    }

    private Query exactVietnamese() {
        List<String> exact = analyze(analysis.query(SearchFields.Text.NAME_VI_EXACT), text);
        if (exact.isEmpty() || exact.equals(tokens(SearchLanguage.VI))) {
            return null; // no diacritics typed: nothing to prefer
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String token : exact) {
            b.add(new BoostQuery(new TermQuery(new Term(SearchFields.Text.NAME_VI_EXACT.field(), token)), EXACT), Occur.SHOULD);
        }
        if (exact.size() >= 2) {
            b.add(new BoostQuery(phrase(SearchFields.Text.NAME_VI_EXACT.field(), exact, 0), EXACT), Occur.SHOULD);
        }
        return b.build();
    }

    /** Sign numbers, certificate numbers, ids: only for texts with a digit, every word must be in the identifier. */
    private Query identifiers() {
        if (text.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        List<String> t = analyze(analysis.query(SearchFields.Text.IDENT), text);
        if (t.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        t.forEach(token -> b.add(new TermQuery(new Term(SearchFields.Text.IDENT.field(), token)), Occur.MUST));
        return new BoostQuery(b.build(), IDENTIFIER);
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        return analyze(analyzer, text, MAX_TOKENS);
    }

    static List<String> analyze(Analyzer analyzer, String text, int max) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", SearchAnalysis.nfc(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < max) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
