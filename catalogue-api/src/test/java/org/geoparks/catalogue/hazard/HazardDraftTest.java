package org.geoparks.catalogue.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;

class HazardDraftTest {

    static final Instant JUNE = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant SEPTEMBER = Instant.parse("2025-09-01T00:00:00Z");

    @Test
    void validUntilMustFollowValidFrom() {
        for (Instant until : List.of(JUNE, JUNE.minusSeconds(1))) {
            assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.SEASONAL, JUNE, until))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("valid_until:")
                    .hasMessageContaining(JUNE.toString());
        }
        assertThat(HazardFixtures.highWater("cb-high-water", null, HazardStatus.SEASONAL, JUNE, SEPTEMBER).validUntil()).isEqualTo(SEPTEMBER);
        assertThat(HazardFixtures.highWater("cb-high-water", null, HazardStatus.ACTIVE, JUNE, null).validUntil()).isNull();
    }

    @Test
    void aHazardStartsSomewhen() {
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.ACTIVE, null, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("valid_from:");
    }

    @Test
    void titleAndAdviceAreRequired() {
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.ACTIVE, JUNE, null, Map.of("title", Map.of())))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.ACTIVE, JUNE, null, Map.of("advice", Map.of())))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("advice:");
    }

    @Test
    void aSeasonThatRecursHasBothEndsAndMakesTheHazardSeasonal() {
        HazardDraft rainySeason = HazardFixtures.highWater("cb-high-water", null, HazardStatus.SEASONAL, JUNE, null,
                Map.of("season_start", "05-01", "season_end", "--09-30"));
        assertThat(rainySeason.seasonStart()).isEqualTo(MonthDay.of(5, 1));
        assertThat(rainySeason.seasonEnd()).isEqualTo(MonthDay.of(9, 30));
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.SEASONAL, JUNE, null,
                Map.of("season_start", "05-01")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("season_end:");
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.ACTIVE, JUNE, null,
                Map.of("season_start", "05-01", "season_end", "09-30")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("status:");
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", null, HazardStatus.SEASONAL, JUNE, null,
                Map.of("season_start", "May", "season_end", "09-30")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("season_start:")
                .hasMessageContaining("MM-DD");
    }

    @Test
    void theHazardsPlaceIsAnIdWhenGiven() {
        assertThatThrownBy(() -> HazardFixtures.highWater("cb-high-water", "Thác Bản Giốc", HazardStatus.ACTIVE, JUNE, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("place:");
    }

    @Test
    void codesAreTheSchemas() {
        assertThat(CodedEnum.codes(HazardType.class)).isEqualTo("high_water, flash_flood, rockfall, landslide, railway_crossing, "
                + "slippery_path, deep_water, border_zone, steep_drop, low_ceiling");
        assertThat(CodedEnum.codes(Severity.class)).isEqualTo("low, moderate, high, extreme");
        assertThat(CodedEnum.codes(HazardStatus.class)).isEqualTo("active, seasonal, resolved");
    }
}
