package org.geoparks.catalogue.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.MonthDays;
import org.locationtech.jts.geom.Geometry;

/**
 * Field values over a source of raw values (a file's columns, a JSON document): every typed read
 * is the one conversion of {@link RawValues}; structured values are read with Jackson (whose
 * mapper must know GeoJSON geometries).
 */
public abstract class RawFieldValues implements FieldValues {

    private final ObjectMapper json;

    protected RawFieldValues(ObjectMapper json) {
        this.json = json;
    }

    /** The field's value as the source gives it, or null. */
    protected abstract Object value(Field field);

    @Override
    public String string(Field field) {
        return RawValues.string(field.name(), value(field));
    }

    @Override
    public LocalizedText text(Field field) {
        return RawValues.text(field.name(), value(field), null);
    }

    @Override
    public List<String> strings(Field field) {
        return RawValues.strings(field.name(), value(field));
    }

    @Override
    public Integer integer(Field field) {
        return RawValues.integer(field.name(), value(field));
    }

    @Override
    public List<Integer> integers(Field field) {
        return RawValues.integers(field.name(), value(field));
    }

    @Override
    public Double number(Field field) {
        return RawValues.number(field.name(), value(field));
    }

    @Override
    public boolean bool(Field field, boolean fallback) {
        return RawValues.bool(field.name(), value(field), fallback);
    }

    @Override
    public LocalDate date(Field field) {
        return RawValues.date(field.name(), value(field));
    }

    @Override
    public Instant instant(Field field) {
        return RawValues.instant(field.name(), value(field));
    }

    @Override
    public MonthDay monthDay(Field field) {
        return MonthDays.parse(field.name(), RawValues.string(field.name(), value(field)));
    }

    @Override
    public Object raw(Field field) {
        return value(field);
    }

    @Override
    public Map<String, Object> map(Field field) {
        Map<String, Object> map = StructuredValues.object(value(field), field.name());
        return map == null ? Map.of() : map;
    }

    @Override
    public <T> List<T> objects(Field field, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Map<String, Object> item : StructuredValues.objects(value(field), field.name())) {
            out.add(convert(item, type, field));
        }
        return out;
    }

    @Override
    public Geometry geometry(Field field) {
        Object value = value(field);
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
            throw new InvalidRecordException(field.name(), "is not a valid " + field.type().name().toLowerCase(Locale.ROOT)
                    + " value: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
