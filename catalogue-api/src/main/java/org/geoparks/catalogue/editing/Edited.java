package org.geoparks.catalogue.editing;

import java.util.Set;

/**
 * An edit read into its layer's draft, with what it changes.
 *
 * @param changedFields the fields whose new values change the record, by their declared names
 * @param moved         whether the geometry changes
 */
public record Edited<D>(D draft, Set<String> changedFields, boolean moved) {

    public Edited {
        changedFields = Set.copyOf(changedFields);
    }

    public boolean changesAnything() {
        return moved || !changedFields.isEmpty();
    }
}
