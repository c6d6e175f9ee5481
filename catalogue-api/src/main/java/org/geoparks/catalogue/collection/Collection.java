package org.geoparks.catalogue.collection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.LayerGeometry;
import org.geoparks.catalogue.layer.Subset;
import org.geoparks.catalogue.layer.Temporal;

/**
 * A collection of the map service: a layer, or a named part of one (the caves among the places).
 * Everything about it but its id, title and condition comes from the layer's declaration.
 *
 * @param condition  SQL that selects the part (the relation aliased {@code t}), or null for the whole layer
 * @param inForceNow whether a request without datetime asks for the records in force at that moment
 */
public record Collection(String id, LocalizedText title, LocalizedText description, LayerDeclaration<?> layer, String condition,
                         boolean inForceNow) {

    static Collection of(LayerDeclaration<?> layer) {
        return new Collection(layer.name(), layer.title(), layer.description(), layer, null, false);
    }

    static Collection of(LayerDeclaration<?> layer, Subset subset) {
        return new Collection(subset.id(), subset.title(), subset.description(), layer, subset.condition(), subset.inForceNow());
    }

    /** The table or view read, aliased {@code t} in every query. */
    public String relation() {
        return layer.relation();
    }

    public LayerGeometry geometry() {
        return layer.geometry();
    }

    /** SQL for what everybody sees of the geometry (the relation aliased {@code t}). */
    public String publicGeometry() {
        return layer.geometry().publicSql();
    }

    /** SQL for what the managers of a record's park see. */
    public String exactGeometry() {
        return layer.geometry().exactSql();
    }

    public String parkColumn() {
        return layer.parkColumn();
    }

    public List<Field> fields() {
        return layer.fields();
    }

    /** The fields the query parameters filter on, by parameter name. */
    public Map<String, Field> filters() {
        Map<String, Field> filters = new LinkedHashMap<>();
        layer.fields().stream().filter(Field::isFilter).forEach(f -> filters.put(f.filterParameter(), f));
        return filters;
    }

    public Temporal temporal() {
        return layer.temporal();
    }

    public boolean timeBound() {
        return layer.temporal() != null;
    }

    /** The change-log record types whose changes alter this collection. */
    public Set<String> entityTypes() {
        return layer.entityTypes();
    }
}
