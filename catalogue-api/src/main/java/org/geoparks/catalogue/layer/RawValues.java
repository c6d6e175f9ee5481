package org.geoparks.catalogue.layer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;

/**
 * Values as sources give them — strings, numbers, booleans, lists and maps, from a file's columns
 * or a JSON document — converted to the types the catalogue wants, with errors that name the
 * field and the value. One set of rules for files and forms alike.
 */
public final class RawValues {

    private RawValues() {
    }

    public static String string(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new InvalidRecordException(field, "expected a single value, found " + value);
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A translatable text: an object of language: text, or a plain string taken as {@code defaultLanguage} (when given). */
    public static LocalizedText text(String field, Object value, String defaultLanguage) {
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

    /** A list; a single value is a list of one; empty when absent. */
    public static List<String> strings(String field, Object value) {
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
        if (value instanceof Map<?, ?>) {
            throw new InvalidRecordException(field, "expected a list, found an object");
        }
        return List.of(value.toString());
    }

    public static Double number(String field, Object value) {
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

    public static Integer integer(String field, Object value) {
        Double number = number(field, value);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new InvalidRecordException(field, value + " is not a whole number");
        }
        return number.intValue();
    }

    public static List<Integer> integers(String field, Object value) {
        List<Integer> out = new ArrayList<>();
        for (String v : strings(field, value)) {
            out.add(integer(field, v));
        }
        return out;
    }

    public static boolean bool(String field, Object value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "có", "y" -> true;
            case "false", "no", "0", "không", "n" -> false;
            default -> throw new InvalidRecordException(field, "'" + value + "' is not true or false");
        };
    }

    public static LocalDate date(String field, Object value) {
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
    public static Instant instant(String field, Object value) {
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
}
