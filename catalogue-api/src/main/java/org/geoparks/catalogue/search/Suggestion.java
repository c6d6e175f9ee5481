package org.geoparks.catalogue.search;

/** A name to complete the visitor's text with, in the language it was found in, and the record it names. */
record Suggestion(String text, String language, String layer, String id, String collection, String kind) {
}
