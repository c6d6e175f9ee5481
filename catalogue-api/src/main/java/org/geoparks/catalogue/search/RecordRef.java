package org.geoparks.catalogue.search;

/** A catalogue record as the change log names it: {@code place:cb-ban-gioc-waterfall}. */
record RecordRef(String entityType, String id) {

    static RecordRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a record reference: " + text);
        }
        return new RecordRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return entityType + ":" + id;
    }
}
