package org.geoparks.importer.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.StructuredValues;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.mapping.MappedRecord;
import org.locationtech.jts.geom.Geometry;

/**
 * A mapped source record as the values of a layer's fields: each field is read from the column
 * its declaration names (or the mapping says), converted to the field's type.
 */
final class MappedValues implements FieldValues {

    private final MappedRecord record;
    private final ImportContext context;
    private final ObjectMapper json;

    MappedValues(MappedRecord record, ImportContext context, ObjectMapper json) {
        this.record = record;
        this.context = context;
        this.json = json;
    }

    private static String column(Field field) {
        if (!field.isImported()) {
            throw new IllegalStateException("the field '" + field.name() + "' is not read from files; its layer's reader must not ask for it");
        }
        return field.importColumn();
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

    @Override
    public String string(Field field) {
        return record.string(column(field));
    }

    @Override
    public LocalizedText text(Field field) {
        return record.text(column(field));
    }

    @Override
    public List<String> strings(Field field) {
        return record.list(column(field));
    }

    @Override
    public Integer integer(Field field) {
        return record.integer(column(field));
    }

    @Override
    public List<Integer> integers(Field field) {
        return record.integers(column(field));
    }

    @Override
    public Double number(Field field) {
        return record.number(column(field));
    }

    @Override
    public boolean bool(Field field, boolean fallback) {
        return record.bool(column(field), fallback);
    }

    @Override
    public LocalDate date(Field field) {
        return record.date(column(field));
    }

    @Override
    public Instant instant(Field field) {
        return record.instant(column(field));
    }

    @Override
    public Object raw(Field field) {
        return record.raw(column(field));
    }

    @Override
    public Map<String, Object> map(Field field) {
        Map<String, Object> map = StructuredValues.object(raw(field), field.name());
        return map == null ? Map.of() : map;
    }

    @Override
    public <T> List<T> objects(Field field, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Map<String, Object> item : StructuredValues.objects(raw(field), field.name())) {
            out.add(convert(item, type, field));
        }
        return out;
    }

    @Override
    public Geometry geometry(Field field) {
        Object value = raw(field);
        return value == null ? null : convert(value, Geometry.class, field);
    }

    /** Jackson's conversion; a rule a value breaks is reported as the value's own, other failures as the field's. */
    private <T> T convert(Object value, Class<T> type, Field field) {
        try {
            return json.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidRecordException invalid) {
                    throw invalid;
                }
            }
            throw new InvalidRecordException(field.name(), "is not a valid " + field.type().name().toLowerCase(java.util.Locale.ROOT)
                    + " value: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
