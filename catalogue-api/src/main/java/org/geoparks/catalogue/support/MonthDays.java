package org.geoparks.catalogue.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Days of the year without a year ({@code 05-01}): the ends of seasons that recur every year. */
public final class MonthDays {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM-dd");

    private MonthDays() {
    }

    /** {@code MM-DD}, or ISO 8601's {@code --MM-DD}. */
    public static MonthDay parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.startsWith("--") ? MonthDay.parse(value) : MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(field, "'" + text + "' is not a day of the year: write it MM-DD, e.g. 05-01 for the 1st of May");
        }
    }

    public static String format(MonthDay day) {
        return day == null ? null : FORMAT.format(day);
    }

    /** Stores a day of the year as {@code MM-DD} text, which sorts in calendar order. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<MonthDay, String> {
        @Override
        public String convertToDatabaseColumn(MonthDay day) {
            return format(day);
        }

        @Override
        public MonthDay convertToEntityAttribute(String text) {
            return parse("season", text);
        }
    }
}
