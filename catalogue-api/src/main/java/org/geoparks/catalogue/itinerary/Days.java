package org.geoparks.catalogue.itinerary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Days as the parks count them: Vietnam's calendar (Asia/Ho_Chi_Minh), like the seasons of hazards.
 * "Today" and "a date" of the routes API are such days.
 */
final class Days {

    static final ZoneId PARKS = ZoneId.of("Asia/Ho_Chi_Minh");

    private Days() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(PARKS));
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(PARKS).toInstant();
    }

    /** The day's last moment the database can tell apart (microseconds), inclusive. */
    static Instant end(LocalDate day) {
        return day.plusDays(1).atStartOfDay(PARKS).toInstant().minus(1, ChronoUnit.MICROS);
    }
}
