package org.geoparks.importer.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
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
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new InvalidRecordException(field, "expected a single value, found " + value);
        }
        return value.toString().strip();
    }

    /** A translatable text: an object of language: text, or a plain string taken as {@code defaultLanguage}. */
    public LocalizedText text(String field, String defaultLanguage) {
        Object value = raw(field);
        if (value == null) {
            return LocalizedText.EMPTY;
        }
        try {
            if (value instanceof Map<?, ?> map) {
                Map<String, String> texts = new LinkedHashMap<>();
                map.forEach((language, text) -> {
                    if (text != null) {
                        texts.put(String.valueOf(language), text.toString());
                    }
                });
                return LocalizedText.of(texts);
            }
            if (defaultLanguage == null) {
                throw new InvalidRecordException(field, "expected texts per language ({\"vi\": …, \"en\": …}), found a plain value");
            }
            return LocalizedText.of(defaultLanguage, value.toString());
        } catch (IllegalArgumentException e) {
            throw e instanceof InvalidRecordException ire ? ire : new InvalidRecordException(field, e.getMessage());
        }
    }

    public LocalizedText text(String field) {
        return text(field, null);
    }

    public List<String> list(String field) {
        Object value = raw(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            List<String> out = new ArrayList<>();
            for (Object v : values) {
                if (v != null) {
                    out.add(v.toString());
                }
            }
            return out;
        }
        return List.of(value.toString());
    }

    public Double number(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return new BigDecimal(value.toString().strip().replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidRecordException(field, "'" + value + "' is not a number");
        }
    }

    public Integer integer(String field) {
        Double value = number(field);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw new InvalidRecordException(field, value + " is not a whole number");
        }
        return value.intValue();
    }

    public List<Integer> integers(String field) {
        List<Integer> out = new ArrayList<>();
        for (String v : list(field)) {
            try {
                out.add(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidRecordException(field, "'" + v + "' is not a whole number");
            }
        }
        return out;
    }

    public boolean bool(String field, boolean fallback) {
        Object value = raw(field);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "có", "y" -> true;
            case "false", "no", "0", "không", "n" -> false;
            default -> throw new InvalidRecordException(field, "'" + value + "' is not true or false");
        };
    }

    public LocalDate date(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(field, "'" + value + "' is not an ISO 8601 date (YYYY-MM-DD)");
        }
    }

    /** An instant from an ISO 8601 date-time with offset, or a date (its start, UTC). */
    public Instant instant(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(field, "'" + value + "' is not an ISO 8601 date or date-time with offset");
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
