package org.geoparks.catalogue.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The snippet of a hit: its name and the best passage of its other texts in the language it
 * matched, HTML-escaped, with the matching words in {@code <mark>} (Lucene's highlighter,
 * re-analysing the stored text with the language's analyzer).
 */
final class Snippets {

    private static final String FIELD = "h";
    private static final int FRAGMENT_CHARS = 140;

    private Snippets() {
    }

    static String of(TextQuery query, SearchLanguage language, Analyzer analyzer, String name, String otherText) {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        String shownName = name == null ? "" : name;
        if (query == null || query.tokens(language).isEmpty()) {
            return encoder.encodeText(shownName);
        }
        QueryScorer scorer = new QueryScorer(query.highlighting(language, FIELD), FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        String markedName = best(highlighter, analyzer, shownName);
        String passage = otherText == null ? null : best(highlighter, analyzer, otherText);
        String head = markedName != null ? markedName : encoder.encodeText(shownName);
        return passage == null ? head : head + " — " + passage.strip();
    }

    private static String best(Highlighter highlighter, Analyzer analyzer, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return highlighter.getBestFragment(analyzer, FIELD, text);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null; // a snippet is a courtesy: the hit stands without it
        }
    }
}
