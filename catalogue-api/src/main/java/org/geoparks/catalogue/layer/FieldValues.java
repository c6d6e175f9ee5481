package org.geoparks.catalogue.layer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.geom.Geometry;

/**
 * The values of one record as a source (an agency's file, a form) gives them, read field by
 * field, each converted to its type. Conversions fail with an {@link InvalidRecordException} that
 * names the field and the value.
 */
public interface FieldValues {

    /** The record's catalogue id. */
    String id();

    /** The record's id in its source, which with the dataset makes re-imports idempotent. */
    String externalId();

    /** The geometry, WGS 84 longitude/latitude, or null. */
    Geometry geometry();

    /** The park the whole import is for (records that name none belong to it), or null. */
    String defaultPark();

    /** The park the record names in this field, else the park the whole import is for. */
    default String park(Field field) {
        String park = string(field);
        return park != null ? park : defaultPark();
    }

    String string(Field field);

    /** A text per language; empty when absent. */
    LocalizedText text(Field field);

    /** A list; empty when absent. */
    List<String> strings(Field field);

    Integer integer(Field field);

    List<Integer> integers(Field field);

    Double number(Field field);

    boolean bool(Field field, boolean fallback);

    LocalDate date(Field field);

    Instant instant(Field field);

    /** A day of the year ({@code MM-DD}) of a season that recurs. */
    MonthDay monthDay(Field field);

    /** The value as given (a string, number, boolean, list or map), for structured fields. */
    Object raw(Field field);

    /** An object of names and values; empty when absent. */
    Map<String, Object> map(Field field);

    /** A list of objects of the given type, each read from an object of the source; empty when absent. */
    <T> List<T> objects(Field field, Class<T> type);

    /** A GeoJSON geometry given as the field's value (not the record's own geometry), or null. */
    Geometry geometry(Field field);

    /** A code of the enumeration, or null when absent (the draft then applies its default or rule). */
    default <E extends Enum<E> & CodedEnum> E code(Field field, Class<E> type) {
        String value = string(field);
        return value == null ? null : CodedEnum.parse(type, field.name(), value);
    }
}
