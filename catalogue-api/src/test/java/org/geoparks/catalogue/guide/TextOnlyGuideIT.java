package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** A service where espeak-ng cannot be run still serves every narration as text, and says why there is no audio. */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"catalogue.guide.synthesis.espeak=/nonexistent/espeak-ng", "catalogue.guide.synthesis.background=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextOnlyGuideIT {

    static final String PLACE = "cb-ban-gioc-waterfall";

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    NarrationService narrations;
    @Autowired
    DraftVoices drafts;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    void aNarratedPlace() {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(new ImportKey("test", "park"), ParkFixtures.caoBang(), options);
        places.importOne(new ImportKey("test", PLACE), GuideFixtures.place(PLACE, PlaceKind.WATERFALL, "Thác Bản Giốc", 106.7215, 22.8553,
                Sensitivity.PUBLIC, "±100 m", List.of()), options);
        narrations.importOne(new ImportKey("test", "n"), GuideFixtures.narration(PLACE, "en", "Falls", "Hello. Listen to the water.", 300), options);
    }

    @Test
    void theNarrationIsServedAsTextAndTheCoverageSaysSynthesisIsUnavailable() throws Exception {
        assertThat(drafts.refresh(NarrationDraft.idOf(PLACE, "en"))).isEqualTo(DraftVoices.Outcome.UNAVAILABLE);
        GuideHttp http = new GuideHttp(port);

        JsonNode narration = json.readTree(http.get("/api/v1/places/" + PLACE + "/guide").text()).at("/properties/narration");
        assertThat(narration.path("script").asText()).isEqualTo("Hello. Listen to the water.");
        assertThat(narration.path("audio")).isEmpty();
        assertThat(narration.path("audio_status").asText()).isEqualTo("text-only");
        assertThat(narration.path("audio_note").asText()).contains("unavailable", "espeak-ng");

        JsonNode coverage = json.readTree(http.get("/api/v1/parks/non-nuoc-cao-bang/guide-coverage").text());
        assertThat(coverage.at("/synthesis/available").asBoolean()).isFalse();
        assertThat(coverage.at("/synthesis/detail").asText()).contains("install the Debian package espeak-ng");
        assertThat(coverage.at("/rows/0/status").asText()).isIn("script-only", "missing");
    }
}
