package org.geoparks.importer.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.RawFieldValues;
import org.geoparks.importer.mapping.MappedRecord;
import org.locationtech.jts.geom.Geometry;

/**
 * A mapped source record as the values of a layer's fields: each field is read from the column
 * its declaration names (or the mapping says), converted to the field's type.
 */
final class MappedValues extends RawFieldValues {

    private final MappedRecord record;
    private final ImportContext context;

    MappedValues(MappedRecord record, ImportContext context, ObjectMapper json) {
        super(json);
        this.record = record;
        this.context = context;
    }

    @Override
    protected Object value(Field field) {
        if (!field.isImported()) {
            throw new IllegalStateException("the field '" + field.name() + "' is not read from files; its layer's reader must not ask for it");
        }
        return record.raw(field.importColumn());
    }

    @Override
    public String id() {
        return CatalogueIds.from(record.id());
    }

    @Override
    public String externalId() {
        return record.id();
    }

    @Override
    public Geometry geometry() {
        return record.geometry();
    }

    @Override
    public String defaultPark() {
        return context.defaultPark();
    }
}
