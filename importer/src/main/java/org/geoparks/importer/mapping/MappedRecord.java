package org.geoparks.importer.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.RawValues;
import org.geoparks.importer.source.SourceFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * A source feature seen through a {@link LayerMapping}: catalogue fields by name, each converted to
 * the type the catalogue wants, with errors that name the field and the value.
 */
public final class MappedRecord {

    private final SourceFeature feature;
    private final LayerMapping mapping;
    private final Geometry geometry;

    public MappedRecord(SourceFeature feature, LayerMapping mapping, Geometry wgs84Geometry) {
        this.feature = feature;
        this.mapping = mapping;
        this.geometry = wgs84Geometry;
    }

    public SourceFeature feature() {
        return feature;
    }

    /** The geometry in WGS 84 lon/lat, or null when the feature has none. */
    public Geometry geometry() {
        return geometry;
    }

    /** The record's id in its file: the mapped id column, else the feature's own id. */
    public String id() {
        Object value = mapping.idColumn() != null ? feature.attributes().get(mapping.idColumn()) : feature.externalId();
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** The raw value of a field: a string, number, boolean, list or map. */
    public Object raw(String field) {
        FieldSource source = mapping.sourceOf(field).orElse(new FieldSource.Column(field));
        return switch (source) {
            case FieldSource.Column c -> blankToNull(feature.attributes().get(c.column()));
            case FieldSource.Constant c -> c.value();
            case FieldSource.Split s -> {
                Object value = blankToNull(feature.attributes().get(s.column()));
                yield value == null ? null : Arrays.stream(value.toString().split(java.util.regex.Pattern.quote(s.separator())))
                        .map(String::strip).filter(v -> !v.isEmpty()).toList();
            }
            case FieldSource.PerLanguage p -> {
                Map<String, Object> texts = new LinkedHashMap<>();
                p.columnsByLanguage().forEach((language, column) -> {
                    Object text = blankToNull(feature.attributes().get(column));
                    if (text != null) {
                        texts.put(language, text.toString());
                    }
                });
                yield texts.isEmpty() ? null : texts;
            }
        };
    }

    public String string(String field) {
        return RawValues.string(field, raw(field));
    }

    /** A translatable text: an object of language: text, or a plain string taken as {@code defaultLanguage}. */
    public LocalizedText text(String field, String defaultLanguage) {
        return RawValues.text(field, raw(field), defaultLanguage);
    }

    public LocalizedText text(String field) {
        return text(field, null);
    }

    public List<String> list(String field) {
        return RawValues.strings(field, raw(field));
    }

    public Double number(String field) {
        return RawValues.number(field, raw(field));
    }

    public Integer integer(String field) {
        return RawValues.integer(field, raw(field));
    }

    public List<Integer> integers(String field) {
        return RawValues.integers(field, raw(field));
    }

    public boolean bool(String field, boolean fallback) {
        return RawValues.bool(field, raw(field), fallback);
    }

    public LocalDate date(String field) {
        return RawValues.date(field, raw(field));
    }

    /** An instant from an ISO 8601 date-time with offset, or a date (its start, UTC). */
    public Instant instant(String field) {
        return RawValues.instant(field, raw(field));
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
