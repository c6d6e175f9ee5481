package org.geoparks.importer.layer;

import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.importer.mapping.MappedRecord;

/** Conversions the layer targets share. */
final class Fields {

    private Fields() {
    }

    /** A coded value; null when the field is empty (the draft then applies its default or rule). */
    static <E extends Enum<E> & CodedEnum> E coded(MappedRecord record, String field, Class<E> type) {
        String value = record.string(field);
        return value == null ? null : CodedEnum.parse(type, field, value);
    }

    /** The record's park: its own field, else the import's default. */
    static String park(MappedRecord record, ImportContext context) {
        String park = record.string("park");
        return park != null ? park : context.defaultPark();
    }
}
