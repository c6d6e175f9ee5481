package org.geoparks.catalogue.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hazards that recur every year are in force in their season, in any year, by Vietnam's calendar. */
@PostgisTest
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeasonalHazardsIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ParkService parks;
    @Autowired
    HazardService hazards;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void aRainySeasonAndAWinter() {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(new ImportKey("test", "park"), ParkFixtures.caoBang(), options);
        hazards.importOne(new ImportKey("test", "rain"), HazardFixtures.highWater("cb-rainy-season", null, HazardStatus.SEASONAL,
                Instant.parse("2024-05-01T00:00:00Z"), null, Map.of("season_start", "05-01", "season_end", "09-30")), options);
        hazards.importOne(new ImportKey("test", "ice"), HazardFixtures.highWater("cb-winter-ice", null, HazardStatus.SEASONAL,
                Instant.parse("2024-12-01T00:00:00Z"), null, Map.of("season_start", "12-01", "season_end", "02-28")), options);
    }

    private List<String> inForceOn(int year, int month, int day, int hour) {
        return hazards.activeAt(LocalDateTime.of(year, month, day, hour, 0).atZone(VIETNAM).toInstant()).stream()
                .map(Hazard::getId).toList();
    }

    @Test
    void aSeasonRecursEveryYearAfterItsFirst() {
        assertThat(inForceOn(2031, 7, 15, 12)).containsExactly("cb-rainy-season");
        assertThat(inForceOn(2026, 5, 1, 0)).as("its first day, from local midnight").containsExactly("cb-rainy-season");
        assertThat(inForceOn(2026, 9, 30, 23)).as("its last day, to local midnight").containsExactly("cb-rainy-season");
        assertThat(inForceOn(2026, 10, 1, 1)).isEmpty();
        assertThat(inForceOn(2023, 7, 15, 12)).as("not before it was first in force").isEmpty();
    }

    @Test
    void aSeasonAcrossTheNewYearWraps() {
        assertThat(inForceOn(2027, 1, 10, 9)).containsExactly("cb-winter-ice");
        assertThat(inForceOn(2026, 12, 1, 0)).containsExactly("cb-winter-ice");
        assertThat(inForceOn(2027, 3, 1, 9)).isEmpty();
        assertThat(inForceOn(2027, 6, 1, 9)).containsExactly("cb-rainy-season");
    }

    @Test
    void anIntervalMeetsASeasonWhenAnyOfItsDaysIsInIt() {
        assertThat(jdbc.queryForList("""
                SELECT id FROM hazard
                 WHERE in_force_during(valid_from, valid_until, season_start, season_end, '2027-09-29T00:00:00+07', '2027-10-05T00:00:00+07')
                 ORDER BY id""", String.class)).containsExactly("cb-rainy-season");
        assertThat(jdbc.queryForList("""
                SELECT id FROM hazard
                 WHERE in_force_during(valid_from, valid_until, season_start, season_end, '2027-10-02T00:00:00+07', '2027-11-05T00:00:00+07')
                 ORDER BY id""", String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT id FROM hazard
                 WHERE in_force_during(valid_from, valid_until, season_start, season_end, '2027-01-01T00:00:00+07', NULL)
                 ORDER BY id""", String.class)).containsExactly("cb-rainy-season", "cb-winter-ice");
    }
}
