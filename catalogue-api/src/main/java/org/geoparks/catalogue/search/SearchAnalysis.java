package org.geoparks.catalogue.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of every text field, at index time and at query time: the one place where
 * Vietnamese, English and Chinese text becomes terms.
 *
 * <ul>
 *   <li><b>Vietnamese, folded</b>: lower case, diacritics removed, đ → d (ASCII folding, whose
 *       table covers every Vietnamese letter), so that "ban gioc" finds "Bản Giốc". Syllables are
 *       terms and multi-syllable words are matched as phrases by the query.</li>
 *   <li><b>Vietnamese, exact</b>: names in lower case with diacritics kept, so that an accented
 *       query ranks the exact spelling above the other words it folds to ("hồ" lake before "hổ"
 *       tiger). Only names: in descriptions the preference did not change a ranking of the
 *       relevance set, and cost a tenth of a rebuild.</li>
 *   <li><b>English</b>: possessives, folding (names are Vietnamese), stop words, Porter stemming.</li>
 *   <li><b>Chinese</b>: SmartChinese words or CJK bigrams ({@link ChineseAnalysis}); names also
 *       keep single characters, so that one character typed (洞, cave) finds them, descriptions
 *       only pairs (a single character in a long text says little, and was half of its terms).</li>
 *   <li><b>Prefix</b>: folded edge n-grams of names, for typeahead and half-typed words.</li>
 *   <li><b>Identifier</b>: sign numbers, certificates, ids; leading zeros dropped ("sign 7" finds
 *       cb-sign-007).</li>
 * </ul>
 *
 * <p>Texts reach the analyzers in NFC ({@link #nfc}): decomposed accents would escape the folding
 * table. ICU folding did both at once, at a quarter of the cost of a rebuild.
 */
final class SearchAnalysis {

    /** Multi-valued fields (a name and its aliases) keep their values this far apart, so no phrase spans two. */
    private static final int VALUE_GAP = 100;
    static final int MAX_PREFIX = 20;

    private final ChineseAnalysis chinese;
    private final PerFieldAnalyzerWrapper indexing;
    private final Map<String, Analyzer> querying = new HashMap<>();

    SearchAnalysis(ChineseAnalysis chinese) {
        this.chinese = chinese;
        Analyzer viFolded = new Folded();
        Analyzer viExact = new Exact();
        Analyzer english = new English();
        Analyzer chineseIndex = chinese == ChineseAnalysis.SMARTCN ? new SmartChinese() : new Bigrams(true);
        Analyzer chineseQuery = chinese == ChineseAnalysis.SMARTCN ? chineseIndex : new Bigrams(false);
        Analyzer identifiers = new Identifiers();
        Map<String, Analyzer> byField = new HashMap<>();
        for (SearchFields.Text f : SearchFields.Text.values()) {
            Analyzer index = switch (f.analysis()) {
                case VI -> viFolded;
                case VI_EXACT -> viExact;
                case EN -> english;
                case ZH -> chineseIndex;
                case ZH_TEXT -> chineseQuery;
                case PREFIX -> new Prefixes();
                case IDENT -> identifiers;
            };
            Analyzer query = switch (f.analysis()) {
                case ZH, ZH_TEXT -> chineseQuery;
                case PREFIX -> viFolded; // the typed text is folded, not cut into prefixes
                default -> index;
            };
            byField.put(f.field(), index);
            querying.put(f.field(), query);
        }
        this.indexing = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }

    ChineseAnalysis chinese() {
        return chinese;
    }

    /** The analyzer the index writer uses (per field). */
    PerFieldAnalyzerWrapper indexing() {
        return indexing;
    }

    /** The analyzer of a field for the text a user typed. */
    Analyzer query(SearchFields.Text field) {
        return querying.get(field.field());
    }

    private static final Analyzer WHOLE = new Folded();

    /**
     * A name as one comparable key: its words folded and joined by single spaces ("Thác Bản
     * Giốc" → "thac ban gioc", "板约瀑布" → "板 约 瀑 布"). The same text typed gives the same key.
     */
    static String whole(String text) {
        return String.join(" ", TextQuery.analyze(WHOLE, text, 64));
    }

    /** Lower case without diacritics: đ → d, ư → u, ế → e. */
    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Text in NFC, the form the folding table knows; most text already is, and is returned as is. */
    static String nfc(String text) {
        return text == null || java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private abstract static class Gapped extends Analyzer {
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }

    private static final class Folded extends Gapped {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return fold(in);
        }
    }

    private static final class Exact extends Gapped {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    }

    private static final class English extends Gapped {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = fold(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(s));
        }
    }

    private static final class SmartChinese extends Gapped {
        private static final CharArraySet STOP = SmartChineseAnalyzer.getDefaultStopSet();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new HMMChineseTokenizer();
            TokenStream s = fold(new CJKWidthFilter(source)); // full-width forms, Latin names with diacritics
            return new TokenStreamComponents(source, new StopFilter(s, STOP));
        }
    }

    private static final class Bigrams extends Gapped {
        private final boolean unigrams;

        Bigrams(boolean unigrams) {
            this.unigrams = unigrams;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = fold(new CJKWidthFilter(source));
            // Single characters are indexed too, so that a one-character query (洞, cave) finds them.
            return new TokenStreamComponents(source, new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams));
        }
    }

    private static final class Prefixes extends Gapped {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new EdgeNGramTokenFilter(fold(source), 1, MAX_PREFIX, true));
        }
    }

    private static final class Identifiers extends Gapped {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(source);
            s = new PatternReplaceFilter(s, java.util.regex.Pattern.compile("^0+(?=\\d)"), "", false);
            return new TokenStreamComponents(source, s);
        }
    }
}
