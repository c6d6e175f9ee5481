package org.geoparks.catalogue.guide;

/** If-None-Match against an entity tag (RFC 9110, 13.1.2: weak comparison). */
final class EntityTags {

    private EntityTags() {
    }

    static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = strip(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || strip(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
