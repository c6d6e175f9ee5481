package org.geoparks.catalogue.editing;

import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.LayerDeclaration;

/**
 * A layer whose records people edit, feature by feature, through standard clients (OGC API –
 * Features Part 4): the service that checks and writes them. Rights, versions and rules are the
 * service's, whichever endpoint the edit came through.
 */
public interface EditableLayer {

    LayerDeclaration<?> declaration();

    /** Creates a record; returns its id. */
    String create(FieldEdit edit, boolean crossBorder);

    void update(String id, ExpectedVersion expected, FieldEdit edit, boolean crossBorder);

    /**
     * What deleting means for the layer: records are never deleted, they end (a hazard is
     * resolved, a sign retired) and their history stays.
     */
    void remove(String id, ExpectedVersion expected, LocalizedText reason);

    /** The record's current version (its entity tag), or null when there is none. */
    Integer version(String id);
}
