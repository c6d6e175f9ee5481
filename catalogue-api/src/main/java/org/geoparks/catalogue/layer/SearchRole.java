package org.geoparks.catalogue.layer;

/** What part a field plays in the search index. */
public enum SearchRole {
    /** Not searched. */
    NONE,
    /** A name: matched first and weighted most, also for typeahead. */
    NAME,
    /** Running text (descriptions, advice): matched with less weight. */
    TEXT,
    /** An exact token: a sign number, a code, an id. */
    KEYWORD,
    /** A value results are counted by (kind, park, status…). */
    FACET
}
