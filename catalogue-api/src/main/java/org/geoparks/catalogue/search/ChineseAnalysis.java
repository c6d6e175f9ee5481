package org.geoparks.catalogue.search;

import java.util.Locale;

/**
 * How Chinese text is cut into terms. SmartChinese segments words with a dictionary and a hidden
 * Markov model; CJK bigrams index every pair of adjacent characters (and each character alone).
 * docs/search.md gives the relevance of each on the catalogue's relevance set.
 */
public enum ChineseAnalysis {
    SMARTCN, BIGRAM;

    static ChineseAnalysis of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("catalogue.search.chinese must be smartcn or bigram, not '" + name + "'");
        }
    }
}
