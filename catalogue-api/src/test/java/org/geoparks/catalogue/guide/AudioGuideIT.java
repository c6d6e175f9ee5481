package org.geoparks.catalogue.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.place.Sensitivity;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.route.RouteFixtures;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audio guide over HTTP against the running service: language negotiation, draft voices,
 * uploads and their checks, byte ranges, rights, offline packs, coverage and route guides. Each
 * test works on narrations of its own, so that none depends on another's order.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalogue.guide.max-upload-size=3MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudioGuideIT {

    static final String PARK = GuideFixtures.PARK;
    static final String FALLS = "cb-ban-gioc-waterfall";
    static final String PAGODA = "cb-truc-lam-ban-gioc-pagoda";
    static final String CAVE = "cb-nguom-ngao-cave";
    static final String FOSSILS = "cb-lang-mon-coral-fossils";
    static final String HILL = "cb-coverage-hill";
    static final String PEAK = "cb-phja-oac-peak";
    static final String VIEW = "cb-french-viewpoint";
    static final String ROUTE = "cb-falls-walk";
    static final String EXACT_FOSSIL_LON = "106.70123";

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    RouteService routes;
    @Autowired
    NarrationService narrations;
    @Autowired
    DraftVoices drafts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    GuideHttp http;
    final ImportOptions options = ImportOptions.keepEdits("test");

    @BeforeAll
    void aParkWithPlacesARouteNarrationsAndAccounts() {
        parks.importOne(key(PARK), ParkFixtures.caoBang(), options);
        parks.importOne(key("lang-son"), GuideFixtures.otherPark(), options);
        places.importOne(key(FALLS), GuideFixtures.place(FALLS, PlaceKind.WATERFALL, "Thác Bản Giốc", 106.7215, 22.8553,
                Sensitivity.PUBLIC, "±100 m", List.of()), options);
        places.importOne(key(PAGODA), GuideFixtures.place(PAGODA, PlaceKind.RELIGIOUS_SITE, "Chùa Phật tích Trúc Lâm", 106.7230, 22.8560,
                Sensitivity.PUBLIC, "±10 m", List.of()), options);
        places.importOne(key(CAVE), GuideFixtures.place(CAVE, PlaceKind.CAVE, "Động Ngườm Ngao", 106.7072, 22.8462,
                Sensitivity.PUBLIC, "±5 km", List.of()), options);
        places.importOne(key(FOSSILS), GuideFixtures.place(FOSSILS, PlaceKind.FOSSIL_SITE, "Hóa thạch san hô Lang Môn", 106.70123, 22.84567,
                Sensitivity.GENERALISED, "surveyed", List.of()), options);
        places.importOne(key(HILL), GuideFixtures.place(HILL, PlaceKind.VIEWPOINT, "Đồi thử nghiệm", 106.65, 22.80,
                Sensitivity.PUBLIC, "±10 m", List.of("to-be-surveyed")), options);
        places.importOne(key(PEAK), GuideFixtures.place(PEAK, PlaceKind.LANDFORM, "Đỉnh Phja Oắc", 105.88, 22.60,
                Sensitivity.PUBLIC, "±5 km", List.of()), options);
        places.importOne(key(VIEW), GuideFixtures.place(VIEW, PlaceKind.VIEWPOINT, "Điểm ngắm cảnh", 106.40, 22.90,
                Sensitivity.PUBLIC, "±10 m", List.of()), options);
        routes.importOne(key(ROUTE), RouteFixtures.walk(ROUTE, List.of(FALLS, PAGODA, FOSSILS),
                RouteFixtures.line(106.7215, 22.8553, 106.7230, 22.8560, 106.7012, 22.8457)), options);

        narrate(FALLS, "vi", "Thác Bản Giốc", "Xin chào. Đây là thác Bản Giốc, trên sông Quây Sơn.", 300);
        narrate(FALLS, "en", "Bản Giốc Waterfall", "Hello. This is Bản Giốc Waterfall, on the Quây Sơn river. Listen to the water.", 300);
        narrate(FALLS, "zh-Hans", "板约瀑布", "你好。这里是板约瀑布。请听水声。", 300);
        narrate(PAGODA, "en", "Trúc Lâm pagoda", "The pagoda looks over the falls. Please speak quietly inside.", 100);
        narrate(CAVE, "vi", "Động Ngườm Ngao", "Động Ngườm Ngao là hang động đá vôi. Hãy giữ ấm.", 200);
        narrate(PEAK, "vi", "Đỉnh Phja Oắc", "Xin chào. Đây là đỉnh Phja Oắc, trên sông Quây Sơn.", 500);
        narrate(VIEW, "fr", "Belvédère", "Bienvenue au belvédère. Regardez vers le nord.", 50);
        narrate(FOSSILS, "en", "Lang Môn corals", "Corals from an ancient sea lie in this rock. Please leave them where they are.", 150);

        GuideFixtures.account(jdbc, "admin", "admin", null);
        GuideFixtures.account(jdbc, "cb-manager", "park_manager", PARK);
        GuideFixtures.account(jdbc, "ls-manager", "park_manager", "lang-son");
        GuideFixtures.account(jdbc, "operator", "operator", null);
        http = new GuideHttp(port);
    }

    // ---------------------------------------------------------------- language negotiation

    @Test
    void thePlaceGuideSpeaksTheRequestedLanguageThenTheVisitorsThenTheParks() throws IOException {
        JsonNode zh = guide("/api/v1/places/" + FALLS + "/guide?lang=zh-CN", null);
        assertThat(zh.at("/properties/narration/language").asText()).isEqualTo("zh-Hans");
        assertThat(zh.at("/properties/narration/language_chosen_by").asText()).isEqualTo("lang");
        assertThat(zh.at("/properties/name").asText()).isEqualTo("Thác Bản Giốc（中）");

        JsonNode vi = guide("/api/v1/places/" + FALLS + "/guide", "fr-FR, vi;q=0.8");
        assertThat(vi.at("/properties/narration/language").asText()).isEqualTo("vi");
        assertThat(vi.at("/properties/narration/language_chosen_by").asText()).isEqualTo("accept-language");

        JsonNode pagoda = guide("/api/v1/places/" + PAGODA + "/guide?lang=zh", "vi");
        assertThat(pagoda.at("/properties/narration/language").asText()).as("only English exists").isEqualTo("en");
        assertThat(pagoda.at("/properties/narration/language_chosen_by").asText()).isEqualTo("park-fallback");
        assertThat(pagoda.at("/properties/narration/languages_available").toString()).isEqualTo("[\"en\"]");

        JsonNode cave = guide("/api/v1/places/" + CAVE + "/guide?lang=zh", null);
        assertThat(cave.at("/properties/narration/language").asText()).as("zh → en → vi").isEqualTo("vi");

        HttpResponse<byte[]> answer = http.get("/api/v1/places/" + FALLS + "/guide?lang=en").send();
        assertThat(answer.headers().firstValue("Content-Language")).contains("en");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");

        HttpResponse<byte[]> french = http.get("/api/v1/places/" + FALLS + "/guide?lang=fr").send();
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(http.get("/api/v1/places/" + HILL + "/guide").send().statusCode()).as("no narration").isEqualTo(404);
    }

    @Test
    void aNarrationOnlyInALanguageWithoutAVoiceIsServedAsItsTextAndSaysWhy() throws IOException {
        JsonNode view = guide("/api/v1/places/" + VIEW + "/guide?lang=vi", null);
        assertThat(view.at("/properties/narration/language").asText()).isEqualTo("fr");
        assertThat(view.at("/properties/narration/language_chosen_by").asText()).isEqualTo("only-available");
        assertThat(view.at("/properties/name").asText()).as("no French name: the fallback chain").isEqualTo("Điểm ngắm cảnh (en)");
        assertThat(view.at("/properties/narration/audio_status").asText()).isEqualTo("text-only");
        assertThat(view.at("/properties/narration/audio_note").asText()).contains("no draft voice speaks fr");
        assertThat(view.at("/properties/trigger/mode").asText()).as("±10 m within 50 m").isEqualTo("automatic");
        assertThat(drafts.refresh(NarrationDraft.idOf(VIEW, "fr"))).isEqualTo(DraftVoices.Outcome.NO_VOICE);
    }

    // ---------------------------------------------------------------- draft voices

    @Test
    void aDraftVoiceIsOggOpusMarkedSynthesizedWithATimedTranscript() throws IOException {
        String id = NarrationDraft.idOf(FALLS, "en");
        assertThat(drafts.refresh(id)).isIn(DraftVoices.Outcome.SYNTHESIZED, DraftVoices.Outcome.UP_TO_DATE); // the packs' test may have made it
        assertThat(drafts.refresh(id)).as("idempotent").isEqualTo(DraftVoices.Outcome.UP_TO_DATE);

        JsonNode narration = guide("/api/v1/places/" + FALLS + "/guide?lang=en", null).at("/properties/narration");
        assertThat(narration.path("audio_status").asText()).isEqualTo("synthesized-draft");
        JsonNode audio = narration.path("audio").get(0);
        assertThat(audio.path("origin").asText()).isEqualTo("synthesized");
        assertThat(audio.path("voice").asText()).isEqualTo("espeak-ng en");
        assertThat(audio.path("format").asText()).isEqualTo("ogg-opus");

        HttpResponse<byte[]> file = http.get(audio.path("url").asText()).send();
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains("audio/ogg; codecs=opus");
        Path copy = Files.createTempFile("draft", ".opus");
        Files.write(copy, file.body());
        InspectedAudio inspected = AudioInspector.inspect(copy);
        Files.delete(copy);
        assertThat(inspected.durationS()).isCloseTo(audio.path("duration_s").asDouble(), within(0.01)).isGreaterThan(2);

        String vtt = http.get(audio.path("transcript_url").asText()).text();
        assertThat(vtt).startsWith("WEBVTT").contains("Synthesized draft", "Hello.", "Listen to the water.");
        List<String> timings = vtt.lines().filter(l -> l.contains("-->")).toList();
        assertThat(timings).hasSize(3);
        double lastEnd = seconds(timings.get(2).split(" --> ")[1]);
        assertThat(lastEnd).isCloseTo(inspected.durationS(), within(0.05));
    }

    @Test
    void aChangedScriptGetsANewDraftAndLosesTheOldOne() throws IOException {
        String id = NarrationDraft.idOf(FALLS, "zh-Hans");
        drafts.refresh(id);
        long first = guide("/api/v1/places/" + FALLS + "/guide?lang=zh", null).at("/properties/narration/audio/0/id").asLong();

        HttpResponse<byte[]> edit = http.get("/api/v1/places/" + FALLS + "/narrations/zh-Hans").as("cb-manager")
                .method("PUT", ("{\"title\":\"板约瀑布\",\"script\":\"你好。瀑布分三级跌落。\",\"trigger_radius_m\":300}").getBytes(StandardCharsets.UTF_8),
                        "application/json").send();
        assertThat(edit.statusCode()).as(GuideHttp.body(edit)).isEqualTo(200);
        JsonNode stale = guide("/api/v1/places/" + FALLS + "/guide?lang=zh", null).at("/properties/narration");
        assertThat(stale.path("audio")).as("a draft of the old script is never offered").isEmpty();
        assertThat(stale.path("audio_status").asText()).isEqualTo("text-only");
        assertThat(drafts.stale()).contains(id);

        assertThat(drafts.refresh(id)).isEqualTo(DraftVoices.Outcome.SYNTHESIZED);
        JsonNode fresh = guide("/api/v1/places/" + FALLS + "/guide?lang=zh", null).at("/properties/narration/audio/0");
        assertThat(fresh.path("id").asLong()).isNotEqualTo(first);
        assertThat(http.get("/api/v1/audio/" + first).send().statusCode()).isEqualTo(404);
        assertThat(http.get(fresh.path("transcript_url").asText()).text()).contains("瀑布分三级跌落");
        assertThat(drafts.stale()).doesNotContain(id);
    }

    // ---------------------------------------------------------------- uploads

    @Test
    void aTenMinuteRecordingCanBeSoughtWithByteRanges() throws IOException {
        byte[] mp3 = TestAudio.mp3(600, 32, true, false, false);
        JsonNode asset = upload(NarrationDraft.idOf(CAVE, "vi"), mp3, "ghi-am.mp3", "audio/mpeg", "admin", 201);
        assertThat(asset.path("duration_s").asDouble()).isCloseTo(600, within(0.05));
        assertThat(asset.path("origin").asText()).isEqualTo("recorded");
        String url = asset.path("url").asText();

        HttpResponse<byte[]> whole = http.get(url).send();
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(mp3);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.headers().firstValue("Content-Type")).contains("audio/mpeg");
        assertThat(whole.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + asset.path("sha256").asText() + "\"");

        assertRange(url, "bytes=0-1023", 0, 1023, mp3);
        assertRange(url, "bytes=1200000-1265535", 1_200_000, 1_265_535, mp3);            // a seek to the middle
        assertRange(url, "bytes=-4096", mp3.length - 4096, mp3.length - 1, mp3);        // the last bytes
        assertRange(url, "bytes=" + (mp3.length - 10) + "-", mp3.length - 10, mp3.length - 1, mp3);

        HttpResponse<byte[]> bad = http.get(url).header("Range", "bytes=" + mp3.length + "-").send();
        assertThat(bad.statusCode()).isEqualTo(416);
        assertThat(bad.headers().firstValue("Content-Range")).contains("bytes */" + mp3.length);
        assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(http.get(url).header("Range", "bytes=900-100").send().statusCode()).isEqualTo(416);

        assertThat(http.get(url).header("Range", "bytes=0-9,100-109").send().statusCode()).as("several ranges: the whole").isEqualTo(200);
        assertThat(http.get(url).header("Range", "bytes=0-9").header("If-Range", "\"stale\"").send().statusCode()).isEqualTo(200);
        assertThat(http.get(url).header("If-None-Match", etag).send().statusCode()).isEqualTo(304);
        HttpResponse<byte[]> head = http.get(url).head().send();
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(mp3.length);
    }

    @Test
    void uploadsThatAreNotOggOpusOrMp3AreRefusedWithAProblem() throws IOException {
        String narration = NarrationDraft.idOf(PAGODA, "en");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertProblem(uploadAnswer(narration, png, "narration.mp3", "audio/mpeg", "admin"), 415, "unsupported-audio");

        byte[] whole = TestAudio.realOpus(3);
        assertProblem(uploadAnswer(narration, Arrays.copyOf(whole, whole.length - 200), "cut.opus", "audio/ogg", "admin"), 422, "malformed-audio");
        assertProblem(uploadAnswer(narration, TestAudio.mp3(0.5, 64, false, false, false), "short.mp3", "audio/mpeg", "admin"), 422, "audio-duration");

        JsonNode tooLarge = assertProblem(uploadAnswer(narration, TestAudio.mp3(300, 96, false, false, false), "long.mp3", "audio/mpeg", "admin"),
                413, "upload-too-large");
        assertThat(tooLarge.path("detail").asText()).contains("3 MB");

        HttpResponse<byte[]> notMultipart = http.get("/api/v1/narrations/" + narration + "/audio").as("admin")
                .method("POST", whole, "audio/ogg").send();
        assertThat(notMultipart.statusCode()).isIn(400, 415);
        assertThat(audioCount(narration)).as("nothing refused was kept").isZero();
    }

    @Test
    void aFileNamedLikeAPathIsJustANameAndStoredByItsHash() throws IOException {
        // where a name taken as a path would land: beside the temporary folder, and beside the working one
        List<Path> probes = List.of(Path.of(System.getProperty("java.io.tmpdir")).resolve("../../x").normalize(),
                Path.of("../../x").toAbsolutePath().normalize());
        List<Boolean> before = probes.stream().map(Files::exists).toList();
        byte[] opus = TestAudio.realOpus(2.5);
        JsonNode asset = upload(NarrationDraft.idOf(FOSSILS, "en"), opus, "../../x", "audio/ogg", "cb-manager", 201);

        assertThat(asset.toString()).doesNotContain("../");
        for (int i = 0; i < probes.size(); i++) {
            Path probe = probes.get(i);
            assertThat(Files.exists(probe)).as("nothing written at " + probe).isEqualTo(before.get(i));
            if (Files.isRegularFile(probe)) {
                assertThat(Files.readAllBytes(probe)).as(probe + " is not the upload").isNotEqualTo(opus);
            }
        }
        assertThat(asset.path("sha256").asText()).isEqualTo(AudioBlobs.sha256(opus));
        assertThat(http.get(asset.path("url").asText()).send().body()).isEqualTo(opus);
        assertThat(http.get(asset.path("url").asText()).send().headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("inline; filename=\"" + asset.path("id").asLong() + ".opus\"");
    }

    @Test
    void onlyTheParksManagersAndAdministratorsMayUpload() throws IOException {
        String narration = NarrationDraft.idOf(FALLS, "vi");
        byte[] opus = TestAudio.realOpus(1.5);
        HttpResponse<byte[]> anonymous = http.get("/api/v1/narrations/" + narration + "/audio").multipart(GuideHttp.file(opus, "a.opus", "audio/ogg")).send();
        assertProblem(anonymous, 401, "unauthenticated");
        assertProblem(uploadAnswer(narration, opus, "a.opus", "audio/ogg", "operator"), 403, "forbidden");
        assertProblem(uploadAnswer(narration, opus, "a.opus", "audio/ogg", "ls-manager"), 403, "forbidden");
        assertThat(audioCount(narration)).isZero();

        JsonNode asset = upload(narration, opus, "a.opus", "audio/ogg", "cb-manager", 201);
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE entity_type = 'audio_asset' AND entity_id = ?", String.class,
                asset.path("id").asText())).isEqualTo("cb-manager");
        assertProblem(http.get(asset.path("url").asText()).as("ls-manager").delete().send(), 403, "forbidden");
        assertThat(http.get(asset.path("url").asText()).as("admin").delete().send().statusCode()).isEqualTo(204);
        assertThat(audioCount(narration)).isZero();
    }

    @Test
    void anUploadedTranscriptIsCheckedAgainstTheRecordingAndWithoutOneTheTextIsTimedProportionally() throws IOException {
        String narration = NarrationDraft.idOf(PEAK, "vi");
        byte[] opus = TestAudio.realOpus(4);
        Map<String, Object[]> parts = GuideHttp.file(opus, "a.opus", "audio/ogg");
        parts.put("voice", new Object[] {"Nông Thị Hoa"});
        parts.put("transcript", new Object[] {"WEBVTT\n\n00:00.000 --> 00:09.000\nXin chào.\n".getBytes(StandardCharsets.UTF_8), "t.vtt", "text/vtt"});
        HttpResponse<byte[]> late = http.get("/api/v1/narrations/" + narration + "/audio").as("admin").multipart(parts).send();
        assertThat(assertProblem(late, 422, "invalid-record").path("detail").asText()).contains("after the recording's end");

        parts.put("transcript", new Object[] {"WEBVTT\n\n00:00.000 --> 00:03.500\nXin chào, đây là thác Bản Giốc.\n".getBytes(StandardCharsets.UTF_8), "t.vtt", "text/vtt"});
        HttpResponse<byte[]> ok = http.get("/api/v1/narrations/" + narration + "/audio").as("admin").multipart(parts).send();
        assertThat(ok.statusCode()).as(GuideHttp.body(ok)).isEqualTo(201);
        JsonNode asset = json.readTree(ok.body());
        assertThat(asset.path("voice").asText()).isEqualTo("Nông Thị Hoa");
        assertThat(http.get(asset.path("transcript_url").asText()).text()).as("kept as uploaded").contains("00:00.000 --> 00:03.500\nXin chào, đây là thác Bản Giốc.");

        JsonNode estimated = upload(narration, opus, "b.opus", "audio/ogg", "admin", 201);
        String vtt = http.get(estimated.path("transcript_url").asText()).text();
        assertThat(vtt).contains("estimated in proportion", "Xin chào.", "Đây là đỉnh Phja Oắc, trên sông Quây Sơn.");
        assertThat(vtt).contains("--> 00:00:04.000");
    }

    // ---------------------------------------------------------------- offline packs

    @Test
    void theParksPackHoldsWhatItsManifestListsWithTheirChecksums() throws IOException {
        drafts.refresh(NarrationDraft.idOf(FALLS, "en"));
        drafts.refresh(NarrationDraft.idOf(PAGODA, "en"));
        HttpResponse<byte[]> answer = http.get("/api/v1/parks/" + PARK + "/guide-pack?lang=en").send();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, byte[]> zip = unzip(answer.body());

        JsonNode manifest = json.readTree(zip.get("manifest.json"));
        assertThat(manifest.path("format").asText()).isEqualTo("geopark-guide-pack");
        assertThat(answer.headers().firstValue("ETag")).contains("\"" + manifest.path("version").asText() + "\"");
        assertThat(manifest.path("files")).isNotEmpty();
        for (JsonNode file : manifest.path("files")) {
            byte[] content = zip.get(file.path("path").asText());
            assertThat(content).as(file.path("path").asText()).isNotNull();
            assertThat(content.length).isEqualTo(file.path("bytes").asInt());
            assertThat(AudioBlobs.sha256(content)).isEqualTo(file.path("sha256").asText());
        }
        assertThat(zip.keySet()).hasSize(manifest.path("files").size() + 1);

        JsonNode placesDoc = json.readTree(zip.get("places.geojson"));
        JsonNode falls = feature(placesDoc, FALLS);
        String audioFile = falls.at("/properties/narration/audio/0/file").asText();
        assertThat(audioFile).startsWith("audio/").endsWith(".opus");
        assertThat(zip).containsKey(audioFile).containsKey(falls.at("/properties/narration/audio/0/transcript_file").asText());
        assertThat(zip).containsKey("routes/" + ROUTE + ".geojson");
        assertThat(new String(zip.get("places.geojson"), StandardCharsets.UTF_8)).doesNotContain(EXACT_FOSSIL_LON);

        HttpResponse<byte[]> again = http.get("/api/v1/parks/" + PARK + "/guide-pack?lang=en")
                .header("If-None-Match", answer.headers().firstValue("ETag").orElseThrow()).send();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<byte[]> same = http.get("/api/v1/parks/" + PARK + "/guide-pack?lang=en").send();
        assertThat(same.body()).as("the same content makes the same bytes").isEqualTo(answer.body());
    }

    @Test
    void aRoutesPackHoldsItsGuideAndTheAudioOfItsStops() throws IOException {
        drafts.refresh(NarrationDraft.idOf(PAGODA, "en"));
        HttpResponse<byte[]> answer = http.get("/api/v1/routes/" + ROUTE + "/guide-pack?lang=en").send();
        Map<String, byte[]> zip = unzip(answer.body());
        JsonNode manifest = json.readTree(zip.get("manifest.json"));
        assertThat(manifest.path("route").asText()).isEqualTo(ROUTE);
        JsonNode route = json.readTree(zip.get("route.geojson"));
        assertThat(route.path("features")).hasSize(4);
        String pagodaAudio = route.path("features").get(2).at("/properties/narration/audio/0/file").asText();
        assertThat(zip).containsKey(pagodaAudio);
    }

    // ---------------------------------------------------------------- route guide and geofences

    @Test
    void theRouteGuideListsTheStopsInOrderWithGeofencesThatFireAtTheRightPlace() throws IOException {
        JsonNode route = guide("/api/v1/routes/" + ROUTE + "/guide?lang=en", null);
        JsonNode features = route.path("features");
        assertThat(features).hasSize(4);
        assertThat(features.get(0).at("/properties/role").asText()).isEqualTo("route");
        assertThat(features.get(0).at("/geometry/type").asText()).isEqualTo("LineString");

        JsonNode falls = features.get(1);
        JsonNode pagoda = features.get(2);
        JsonNode fossils = features.get(3);
        assertThat(falls.at("/properties/stop").asInt()).isEqualTo(1);
        assertThat(falls.at("/properties/place").asText()).isEqualTo(FALLS);
        assertThat(falls.at("/properties/trigger/mode").asText()).as("±100 m within 300 m").isEqualTo("automatic");
        assertThat(pagoda.at("/properties/trigger/mode").asText()).isEqualTo("automatic");
        // the falls' and the pagoda's circles overlap: one queue, in stop order
        assertThat(falls.at("/properties/trigger/queue/group").asText()).isEqualTo(pagoda.at("/properties/trigger/queue/group").asText());
        assertThat(falls.at("/properties/trigger/queue/position").asInt()).isEqualTo(1);
        assertThat(pagoda.at("/properties/trigger/queue/position").asInt()).isEqualTo(2);

        assertThat(fossils.at("/properties/trigger/mode").asText()).isEqualTo("on-demand");
        assertThat(fossils.at("/properties/trigger/reason").asText()).isEqualTo("protected-site");
        assertThat(fossils.at("/properties/trigger/queue").isMissingNode()).isTrue();
        assertThat(fossils.at("/geometry/coordinates/0").asDouble()).isEqualTo(106.70);
        assertThat(route.toString()).doesNotContain(EXACT_FOSSIL_LON);
    }

    @Test
    void aStopsOwnNarrationIsPlayedOnItsRouteInsteadOfThePlaces() throws IOException {
        String form = "{\"title\":\"Last stop\",\"script\":\"This is the end of the walk. The corals are protected: look, do not touch.\",\"trigger_radius_m\":120}";
        HttpResponse<byte[]> anonymous = http.get("/api/v1/routes/" + ROUTE + "/stops/3/narrations/en")
                .method("PUT", form.getBytes(StandardCharsets.UTF_8), "application/json").send();
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<byte[]> created = http.get("/api/v1/routes/" + ROUTE + "/stops/3/narrations/en").as("cb-manager")
                .method("PUT", form.getBytes(StandardCharsets.UTF_8), "application/json").send();
        assertThat(created.statusCode()).as(GuideHttp.body(created)).isEqualTo(201);
        String id = NarrationDraft.idOfStop(ROUTE, 3, "en");
        assertThat(json.readTree(created.body()).path("id").asText()).isEqualTo(id);
        assertThat(http.get("/api/v1/routes/" + ROUTE + "/stops/9/narrations/en").as("cb-manager")
                .method("PUT", form.getBytes(StandardCharsets.UTF_8), "application/json").send().statusCode()).isEqualTo(404);

        assertThat(drafts.refresh(id)).isEqualTo(DraftVoices.Outcome.SYNTHESIZED);
        JsonNode stop = guide("/api/v1/routes/" + ROUTE + "/guide?lang=en", null).path("features").get(3);
        assertThat(stop.at("/properties/narration/id").asText()).isEqualTo(id);
        assertThat(stop.at("/properties/narration/audio/0/origin").asText()).isEqualTo("synthesized");
        assertThat(stop.at("/properties/trigger/radius_m").asInt()).isEqualTo(120);
        assertThat(guide("/api/v1/places/" + FOSSILS + "/guide?lang=en", null).at("/properties/narration/id").asText())
                .as("the place keeps its own").isEqualTo(NarrationDraft.idOf(FOSSILS, "en"));
    }

    @Test
    void aPlaceKnownOnlyApproximatelyIsOfferedOnDemand() throws IOException {
        JsonNode trigger = guide("/api/v1/places/" + CAVE + "/guide", null).at("/properties/trigger");
        assertThat(trigger.path("mode").asText()).isEqualTo("on-demand");
        assertThat(trigger.path("position").asText()).isEqualTo("approximate");
        assertThat(trigger.path("position_uncertainty_m").asDouble()).isEqualTo(5000);
        assertThat(trigger.path("explanation").asText()).contains("±5 km", "200 m");
    }

    // ---------------------------------------------------------------- coverage

    @Test
    void theCoverageReportSaysPerPlaceAndLanguageWhatExistsAndWhetherItCanTrigger() throws IOException {
        narrate(HILL, "vi", "Đồi", "Đây là một ngọn đồi. Nhìn về phía bắc.", 100);
        narrate(HILL, "en", "Hill", "This is a hill. Look north.", 100);
        upload(NarrationDraft.idOf(HILL, "vi"), TestAudio.realOpus(2), "hill.opus", "audio/ogg", "admin", 201);
        assertThat(drafts.refresh(NarrationDraft.idOf(HILL, "en"))).isEqualTo(DraftVoices.Outcome.SYNTHESIZED);
        assertThat(drafts.refresh(NarrationDraft.idOf(HILL, "vi"))).as("a recording needs no draft").isEqualTo(DraftVoices.Outcome.HAS_RECORDING);

        JsonNode report = json.readTree(http.get("/api/v1/parks/" + PARK + "/guide-coverage").text());
        assertThat(report.at("/synthesis/available").asBoolean()).isTrue();
        Map<String, JsonNode> hill = new HashMap<>();
        for (JsonNode row : report.path("rows")) {
            if (row.path("place").asText().equals(HILL)) {
                hill.put(row.path("language").asText(), row);
            }
        }
        assertThat(hill.keySet()).containsExactlyInAnyOrder("vi", "en", "zh-Hans");
        assertThat(hill.get("vi").path("status").asText()).isEqualTo("recorded");
        assertThat(hill.get("vi").path("recording_matches_script").asBoolean()).isTrue();
        assertThat(hill.get("en").path("status").asText()).isEqualTo("synthesized-only");
        assertThat(hill.get("zh-Hans").path("status").asText()).isEqualTo("missing");
        assertThat(hill.get("en").path("automatic_trigger").asBoolean()).as("to be surveyed").isFalse();
        assertThat(hill.get("en").path("trigger_reason").asText()).isEqualTo("to-be-surveyed");
        JsonNode cave = report.path("rows").findParents("place").stream()
                .filter(r -> r.path("place").asText().equals(CAVE) && r.path("language").asText().equals("vi")).findFirst().orElseThrow();
        assertThat(cave.path("status").asText()).isIn("script-only", "recorded");
        assertThat(report.at("/summary/places").asInt()).isEqualTo(7);

        HttpResponse<byte[]> csv = http.get("/api/v1/parks/" + PARK + "/guide-coverage?f=csv").send();
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = GuideHttp.body(csv).lines().toList();
        assertThat(lines.get(0)).startsWith("place_id,place_name,language,status,script,recording");
        assertThat(lines).hasSize(report.path("rows").size() + 1);
        assertThat(lines).anyMatch(l -> l.startsWith(HILL + ",Đồi thử nghiệm,vi,recorded,true,true,true,"));
        assertThat(http.get("/api/v1/parks/atlantis/guide-coverage").send().statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- helpers

    private void narrate(String place, String language, String title, String script, int radius) {
        narrations.importOne(key(place + "/" + language), GuideFixtures.narration(place, language, title, script, radius), options);
    }

    private JsonNode guide(String path, String acceptLanguage) throws IOException {
        GuideHttp.Call call = http.get(path);
        if (acceptLanguage != null) {
            call.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<byte[]> answer = call.send();
        assertThat(answer.statusCode()).as(GuideHttp.body(answer)).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private HttpResponse<byte[]> uploadAnswer(String narration, byte[] bytes, String fileName, String type, String user) {
        return http.get("/api/v1/narrations/" + narration + "/audio").as(user).multipart(GuideHttp.file(bytes, fileName, type)).send();
    }

    private JsonNode upload(String narration, byte[] bytes, String fileName, String type, String user, int status) throws IOException {
        HttpResponse<byte[]> answer = uploadAnswer(narration, bytes, fileName, type, user);
        assertThat(answer.statusCode()).as(GuideHttp.body(answer)).isEqualTo(status);
        return json.readTree(answer.body());
    }

    private JsonNode assertProblem(HttpResponse<byte[]> answer, int status, String type) throws IOException {
        assertThat(answer.statusCode()).as(GuideHttp.body(answer)).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("type").asText()).endsWith("/" + type);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private void assertRange(String url, String range, long first, long last, byte[] whole) {
        HttpResponse<byte[]> part = http.get(url).header("Range", range).send();
        assertThat(part.statusCode()).as(range).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes " + first + "-" + last + "/" + whole.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, (int) first, (int) last + 1));
    }

    private int audioCount(String narration) {
        return jdbc.queryForObject("SELECT count(*) FROM audio_asset WHERE narration_id = ?", Integer.class, narration);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonNode feature(JsonNode collection, String place) {
        for (JsonNode f : collection.path("features")) {
            if (f.at("/properties/place").asText().equals(place)) {
                return f;
            }
        }
        throw new AssertionError("no feature of " + place);
    }

    private static double seconds(String timestamp) {
        String[] p = timestamp.strip().split(":");
        return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + Double.parseDouble(p[2]);
    }

    private static ImportKey key(String id) {
        return new ImportKey("test", id);
    }
}
