package org.geoparks.catalogue.mapquery;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import org.geoparks.catalogue.support.InvalidParameterException;

/**
 * The {@code datetime} parameter: an instant, a date (the whole day), or an interval
 * {@code start/end} whose ends may be open ({@code ..} or empty) or a duration
 * ({@code 2024-09-07/P2D}). A null start or end is open.
 */
public record TimeFilter(Instant start, Instant end) {

    public static TimeFilter at(Instant instant) {
        return new TimeFilter(instant, instant);
    }

    /** The first and last instants the catalogue answers about: years 1 to 9999 (what RFC 3339 can write). */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public static TimeFilter parse(String value) {
        TimeFilter filter = parseUnbounded(value);
        for (Instant end : new Instant[] {filter.start(), filter.end()}) {
            if (end != null && (end.isBefore(EARLIEST) || end.isAfter(LATEST))) {
                throw new InvalidParameterException("datetime", "'" + value + "' reaches outside the years 1 to 9999");
            }
        }
        return filter;
    }

    private static TimeFilter parseUnbounded(String value) {
        String v = value.trim();
        try {
            int slash = v.indexOf('/');
            if (slash < 0) {
                if (v.length() == 10) {
                    LocalDate day = LocalDate.parse(v);
                    return new TimeFilter(day.atStartOfDay().toInstant(ZoneOffset.UTC),
                            day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1));
                }
                return at(instant(v));
            }
            String from = v.substring(0, slash).trim();
            String to = v.substring(slash + 1).trim();
            Instant start;
            Instant end;
            if (from.startsWith("P")) {
                end = instant(to);
                start = minus(end, from);
            } else {
                start = open(from) ? null : instant(from);
                if (to.startsWith("P")) {
                    if (start == null) {
                        throw new InvalidParameterException("datetime", "a duration needs a start: " + value);
                    }
                    end = plus(start, to);
                } else {
                    end = open(to) ? null : endOf(to);
                }
            }
            // a negative duration ("P-2D") makes an interval that ends before it starts, like reversed dates
            if (start != null && end != null && end.isBefore(start)) {
                throw new InvalidParameterException("datetime", "the interval " + value + " ends before it starts");
            }
            return new TimeFilter(start, end);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidParameterException("datetime", "'" + value + "' is not an RFC 3339 date-time, a date, or an interval start/end (open ends '..', durations like P2D)");
        }
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static Instant instant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
    }

    private static Instant endOf(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
        }
        return instant(text);
    }

    private static Instant plus(Instant start, String iso) {
        return iso.contains("T") ? start.plus(Duration.parse(iso))
                : start.atZone(ZoneOffset.UTC).plus(Period.parse(iso)).toInstant();
    }

    private static Instant minus(Instant end, String iso) {
        return iso.contains("T") ? end.minus(Duration.parse(iso))
                : end.atZone(ZoneOffset.UTC).minus(Period.parse(iso)).toInstant();
    }
}
