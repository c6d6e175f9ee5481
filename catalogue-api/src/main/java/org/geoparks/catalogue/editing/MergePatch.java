package org.geoparks.catalogue.editing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): what a PATCH sends is merged into the record — objects member by
 * member (so {@code {"advice": {"en": "…"}}} changes the English advice and keeps the others), a
 * null removes, anything else replaces.
 */
final class MergePatch {

    private MergePatch() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> out = new LinkedHashMap<>(target);
        patch.forEach((name, value) -> {
            if (value == null) {
                out.remove(name);
            } else if (value instanceof Map<?, ?> patchObject && out.get(name) instanceof Map<?, ?> targetObject) {
                out.put(name, apply((Map<String, Object>) targetObject, (Map<String, Object>) patchObject));
            } else {
                out.put(name, value);
            }
        });
        return out;
    }
}
