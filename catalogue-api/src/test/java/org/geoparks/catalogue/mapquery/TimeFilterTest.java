package org.geoparks.catalogue.mapquery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.junit.jupiter.api.Test;

class TimeFilterTest {

    @Test
    void anInstantIsAPointInTime() {
        Instant t = Instant.parse("2024-09-07T08:00:00Z");
        assertThat(TimeFilter.parse("2024-09-07T08:00:00Z")).isEqualTo(TimeFilter.at(t));
        assertThat(TimeFilter.parse("2024-09-07T15:00:00+07:00")).isEqualTo(TimeFilter.at(t));
    }

    @Test
    void aDateIsTheWholeDay() {
        TimeFilter day = TimeFilter.parse("2024-09-07");
        assertThat(day.start()).isEqualTo(Instant.parse("2024-09-07T00:00:00Z"));
        assertThat(day.end()).isBefore(Instant.parse("2024-09-08T00:00:00Z")).isAfter(Instant.parse("2024-09-07T23:59:59Z"));
    }

    @Test
    void intervalsMayBeOpenOrGivenAsDurations() {
        assertThat(TimeFilter.parse("../2024-09-15T00:00:00Z").start()).isNull();
        assertThat(TimeFilter.parse("2024-09-01T00:00:00Z/..").end()).isNull();
        assertThat(TimeFilter.parse("2024-09-01T00:00:00Z/").end()).isNull();
        assertThat(TimeFilter.parse("2024-09-07/P2D").end()).isEqualTo(Instant.parse("2024-09-09T00:00:00Z"));
        assertThat(TimeFilter.parse("2024-09-07T00:00:00Z/PT6H").end()).isEqualTo(Instant.parse("2024-09-07T06:00:00Z"));
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> TimeFilter.parse("2024-09-15/2024-09-01")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> TimeFilter.parse("last tuesday")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aNegativeOrUnreachableDurationIsRefusedLikeReversedDates() {
        assertThatThrownBy(() -> TimeFilter.parse("2024-09-07/P-2D")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> TimeFilter.parse("PT-1H/2024-09-07T00:00:00Z")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> TimeFilter.parse("2024-09-07/P2147483647Y")).isInstanceOf(InvalidParameterException.class);
    }
}
