package org.geoparks.catalogue.layer;

/** What part a field plays in the search index. */
public enum SearchRole {
    /** Not searched. */
    NONE,
    /** A name: matched first and weighted most, also for typeahead. */
    NAME,
    /** Running text (descriptions, advice): matched with less weight. */
    TEXT,
    /** An exact token: a sign number, a code, an id; tags and themes. */
    KEYWORD,
    /** A number people search by exactly (a certificate's), besides the record's id. */
    IDENTIFIER,
    /** A code searched by its words in each language (a cave found by "hang động") and counted as a facet. */
    LABEL,
    /** A value results are filtered and counted by (park, status…), not searched. */
    FACET
}
