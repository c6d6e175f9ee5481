package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.place.Sensitivity;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Draft voices in the background, as a running service makes them: narrations that arrive (or
 * change) through the change log are spoken without anybody asking, and what is current is left
 * alone.
 */
@PostgisTest
@SpringBootTest(properties = {"catalogue.guide.synthesis.background=true", "catalogue.change-log.poll-interval=200ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftVoicesIT {

    static final String PARK = GuideFixtures.PARK;
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    NarrationService narrations;
    @Autowired
    DraftVoices drafts;
    @Autowired
    JdbcTemplate jdbc;

    final ImportOptions options = ImportOptions.keepEdits("test");

    @BeforeAll
    void aPark() {
        parks.importOne(key(PARK), ParkFixtures.caoBang(), options);
    }

    @Test
    void narrationsThatArriveAreSpokenInTheBackgroundInEveryLanguage() throws Exception {
        place("cb-thang-hen-lake");
        narrate("cb-thang-hen-lake", "vi", "Hồ Thang Hen có nước quanh năm.");
        narrate("cb-thang-hen-lake", "en", "Thang Hen lake holds water all year.");
        narrate("cb-thang-hen-lake", "zh-Hans", "桑亨湖终年有水。");

        await(() -> drafts("cb-thang-hen-lake") == 3 && drafts.pending() == 0);
        assertThat(drafts.stale()).isEmpty();
        assertThat(jdbc.queryForList("SELECT DISTINCT voice FROM audio_asset WHERE synthesized ORDER BY voice", String.class))
                .containsExactly("espeak-ng cmn", "espeak-ng en", "espeak-ng vi");
    }

    @Test
    void aScriptChangedByAnImportIsSpokenAgainAndTheOldDraftGoes() throws Exception {
        place("cb-mat-than-mountain");
        narrate("cb-mat-than-mountain", "en", "The mountain has a hole through it.");
        String id = NarrationDraft.idOf("cb-mat-than-mountain", "en");
        await(() -> drafts("cb-mat-than-mountain") == 1 && drafts.pending() == 0);
        String before = sha(id);

        narrate("cb-mat-than-mountain", "en", "Through the mountain's eye you can see the sky.");
        await(() -> !sha(id).equals(before) && drafts("cb-mat-than-mountain") == 1 && drafts.pending() == 0);
        assertThat(jdbc.queryForObject("SELECT transcript FROM audio_asset WHERE narration_id = ?", String.class, id)).contains("see the sky");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audio_blob WHERE sha256 = ?", Integer.class, before))
                .as("an unused blob is deleted with its last asset").isZero();
    }

    @Test
    void whatIsCurrentIsLeftAloneSoARestartSynthesizesNothing() throws Exception {
        place("cb-khuoi-ky-stone-village");
        narrate("cb-khuoi-ky-stone-village", "vi", "Làng đá Khuổi Ky.");
        await(() -> drafts("cb-khuoi-ky-stone-village") == 1 && drafts.pending() == 0);
        await(() -> drafts.stale().isEmpty() && drafts.pending() == 0);
        Integer assets = jdbc.queryForObject("SELECT count(*) FROM audio_asset", Integer.class);

        drafts.catchUpAfterStart(); // what the service does after each start
        assertThat(drafts.enqueueStale()).isZero();
        Thread.sleep(1000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audio_asset", Integer.class)).isEqualTo(assets);
        assertThat(drafts.refresh(NarrationDraft.idOf("cb-khuoi-ky-stone-village", "vi"))).isEqualTo(DraftVoices.Outcome.UP_TO_DATE);
    }

    private void place(String id) {
        places.importOne(key(id), GuideFixtures.place(id, PlaceKind.LANDFORM, id, 106.5, 22.7, Sensitivity.PUBLIC, "±1 km", List.of()), options);
    }

    private void narrate(String place, String language, String script) {
        narrations.importOne(key(place + "/" + language), GuideFixtures.narration(place, language, "Title", script, 100), options);
    }

    private int drafts(String place) {
        return jdbc.queryForObject("SELECT count(*) FROM audio_asset a JOIN narration n ON n.id = a.narration_id WHERE a.synthesized AND n.place_id = ?",
                Integer.class, place);
    }

    private String sha(String narration) {
        List<String> shas = jdbc.queryForList("SELECT sha256 FROM audio_asset WHERE narration_id = ? AND synthesized", String.class, narration);
        return shas.isEmpty() ? "" : shas.get(0);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static ImportKey key(String id) {
        return new ImportKey("test", id);
    }
}
