package org.geoparks.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The snippet of a hit: its name and the passage of its other texts where the query's words
 * first appear, in the language it matched, HTML-escaped, the matching words in {@code <mark>}.
 *
 * <p>The stored text is analysed once with the language's analyzer and every term that is a word
 * of the query (or starts with the word being typed) is marked at its offsets. Lucene's
 * highlighter did the same, but re-expanded prefix and typo queries against an in-memory index
 * for every text of every hit: most of the cost of an answer (docs/search.md).
 */
final class Snippets {

    private static final int PASSAGE_CHARS = 140;

    private Snippets() {
    }

    static String of(TextQuery query, SearchLanguage language, Analyzer analyzer, String name, String otherText) {
        String shownName = name == null ? "" : SearchAnalysis.nfc(name); // offsets must be those of the text shown
        otherText = SearchAnalysis.nfc(otherText);
        if (query == null || query.tokens(language).isEmpty()) {
            return escape(shownName);
        }
        List<String> words = query.tokens(language);
        String typed = query.typing() && language != SearchLanguage.ZH ? words.get(words.size() - 1) : null;
        List<int[]> nameMarks = marks(analyzer, shownName, words, typed);
        String head = mark(shownName, nameMarks, 0, shownName.length());
        if (otherText == null || otherText.isEmpty()) {
            return head;
        }
        List<int[]> textMarks = marks(analyzer, otherText, words, typed);
        if (textMarks.isEmpty()) {
            return head;
        }
        int first = textMarks.get(0)[0];
        int start = Math.max(0, first - PASSAGE_CHARS / 3);
        while (start > 0 && !Character.isWhitespace(otherText.charAt(start - 1)) && first - start < PASSAGE_CHARS / 2) {
            start--; // begin at a word
        }
        int end = Math.min(otherText.length(), start + PASSAGE_CHARS);
        String passage = (start > 0 ? "…" : "") + mark(otherText, textMarks, start, end).strip() + (end < otherText.length() ? "…" : "");
        return head + " — " + passage;
    }

    /** Offsets of the terms of {@code text} that are words of the query, or start with the word being typed. */
    private static List<int[]> marks(Analyzer analyzer, String text, List<String> words, String typed) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("snippet", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (words.contains(t) || (typed != null && t.startsWith(typed))) {
                    int from = offset.startOffset();
                    int to = offset.endOffset();
                    if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
                        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], to); // overlapping bigrams
                    } else {
                        out.add(new int[] {from, to});
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String mark(String text, List<int[]> marks, int start, int end) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (int[] m : marks) {
            if (m[1] <= start || m[0] >= end) {
                continue;
            }
            int from = Math.max(m[0], at);
            int to = Math.min(m[1], end);
            out.append(escape(text.substring(at, from))).append("<mark>").append(escape(text.substring(from, to))).append("</mark>");
            at = to;
        }
        return out.append(escape(text.substring(at, end))).toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
