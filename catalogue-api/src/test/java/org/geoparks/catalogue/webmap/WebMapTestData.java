package org.geoparks.catalogue.webmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.geoparks.catalogue.guide.NarrationDraft;
import org.geoparks.catalogue.guide.NarrationService;
import org.geoparks.catalogue.guide.TestAudio;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.partner.PartnerFixtures;
import org.geoparks.catalogue.partner.PartnerService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.route.RouteFixtures;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser tests show: Bản Giốc waterfall with its narration in three languages (the
 * Chinese and English ones recorded), Ngườm Ngao cave with a hazard, the pagoda, a partner, a walk
 * through the three, and a manager of the park.
 */
final class WebMapTestData {

    static final String PARK = "non-nuoc-cao-bang";
    static final String FALLS = "cb-ban-gioc-waterfall";
    static final String CAVE = "cb-nguom-ngao-cave";
    static final String PAGODA = "cb-truc-lam-ban-gioc-pagoda";
    static final String ROUTE = "cb-falls-walk";
    static final String PARTNER = "cb-sample-cooperative";
    static final String MANAGER = "hoa";
    static final String PASSWORD = "close-the-cave-after-rain";
    static final double FALLS_LAT = 22.8553;
    static final double FALLS_LON = 106.7215;
    static final double CAVE_LAT = 22.8462;
    static final double CAVE_LON = 106.7072;

    private WebMapTestData() {
    }

    static void load(int port, ParkService parks, PlaceService places, RouteService routes, PartnerService partners,
                     NarrationService narrations, JdbcTemplate jdbc) {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(new ImportKey("test", PARK), ParkFixtures.caoBang(), options);
        places.importOne(new ImportKey("test", FALLS), PlaceFixtures.place(FALLS, PlaceKind.WATERFALL,
                Fixtures.trilingual("Thác Bản Giốc", "Bản Giốc Waterfall", "板约瀑布"), Fixtures.point(FALLS_LON, FALLS_LAT),
                Map.of("description", Map.of("vi", "Thác nước trên sông Quây Sơn, ngay trên biên giới.",
                        "en", "The Quây Sơn river drops over three limestone steps, right on the border.",
                        "zh-Hans", "归春河在边境上跌落三级石灰岩台阶。"))), options);
        places.importOne(new ImportKey("test", CAVE), PlaceFixtures.place(CAVE, PlaceKind.CAVE,
                Fixtures.trilingual("Động Ngườm Ngao", "Ngườm Ngao Cave", "弄岩洞"), Fixtures.point(CAVE_LON, CAVE_LAT), Map.of()), options);
        places.importOne(new ImportKey("test", PAGODA), PlaceFixtures.place(PAGODA, PlaceKind.RELIGIOUS_SITE,
                Fixtures.trilingual("Chùa Phật tích Trúc Lâm Bản Giốc", "Trúc Lâm Bản Giốc Pagoda", "竹林板约佛迹寺"),
                Fixtures.point(106.7230, 22.8560), Map.of()), options);
        partners.importOne(new ImportKey("test", PARTNER), PartnerFixtures.ocopProducer(PARTNER, List.of()), options);
        routes.importOne(new ImportKey("test", ROUTE), RouteFixtures.walk(ROUTE, List.of(FALLS, PAGODA, CAVE),
                RouteFixtures.line(FALLS_LON, FALLS_LAT, 106.7230, 22.8560, CAVE_LON, CAVE_LAT)), options);
        jdbc.update("""
                INSERT INTO hazard (id, park_id, place_id, type, severity, status, valid_from, valid_until, title, advice, geom)
                VALUES ('cb-hz-nguom-ngao-water', ?, ?, 'high_water', 'high', 'active', now() - interval '1 day', NULL,
                        '{"vi": "Nước dâng trong hang", "en": "High water in the cave", "zh-Hans": "洞内水位上涨"}',
                        '{"vi": "Không vào hang khi mưa.", "en": "Do not enter after rain.", "zh-Hans": "雨后请勿进洞。"}',
                        ST_SetSRID(ST_MakePoint(?, ?), 4326))""", PARK, CAVE, CAVE_LON, CAVE_LAT);

        narrations.importOne(new ImportKey("test", FALLS + "--vi"), new NarrationDraft(FALLS, "vi", "Thác Bản Giốc", "Xin chào. Đây là thác Bản Giốc. Hãy lắng nghe tiếng nước.", null, 300,
                List.of("test")), options);
        narrations.importOne(new ImportKey("test", FALLS + "--en"), new NarrationDraft(FALLS, "en", "Bản Giốc Waterfall", "Hello. This is Bản Giốc Waterfall. Listen to the water.", null,
                300, List.of("test")), options);
        narrations.importOne(new ImportKey("test", FALLS + "--zh"), new NarrationDraft(FALLS, "zh-Hans", "板约瀑布", "你好。这里是板约瀑布。请听水声。", null, 300, List.of("test")), options);
        Accounts.create(jdbc, MANAGER, PASSWORD, "park_manager", PARK);
        String bearer = Accounts.bearer(port, MANAGER, PASSWORD);
        upload(port, bearer, FALLS + "--zh-hans", TestAudio.realOpus(6), "WEBVTT\n\n00:00.000 --> 00:02.000\n你好。\n\n00:02.000 --> 00:04.000\n这里是板约瀑布。\n\n00:04.000 --> 00:06.000\n请听水声。\n");
        upload(port, bearer, FALLS + "--en", TestAudio.realOpus(5), null);
        awaitSearch(port);
    }

    /** Uploads a recording as the park's manager does. */
    private static void upload(int port, String bearer, String narrationId, byte[] opus, String transcript) {
        String boundary = "webmap-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"narration.opus\"\r\n"
                + "Content-Type: audio/ogg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(opus);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"voice\"\r\n\r\nTest voice\r\n").getBytes(StandardCharsets.UTF_8));
        if (transcript != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"transcript\"; filename=\"t.vtt\"\r\n"
                    + "Content-Type: text/vtt\r\n\r\n" + transcript + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/narrations/" + narrationId + "/audio"))
                .header("Authorization", bearer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("uploading the recording of " + narrationId + " gave " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** The search index follows the change log: wait until it has the waterfall, as a visitor's typeahead needs. */
    private static void awaitSearch(int port) {
        Instant until = Instant.now().plusSeconds(60);
        ObjectMapper json = new ObjectMapper();
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/suggest?q="
                    + URLEncoder.encode("ban gioc", StandardCharsets.UTF_8))).build());
            try {
                JsonNode body = answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
                if (body != null && body.path("suggestions").size() > 0) {
                    return;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the search index did not find the test data within a minute");
    }

    /** Waits until the public map service shows a place with this status (it follows the change log within moments). */
    static void awaitPublicStatus(int port, String placeId, String status) {
        ObjectMapper json = new ObjectMapper();
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            try {
                JsonNode place = json.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/ogc/collections/places/items/" + placeId + "?f=json")).build()).body());
                if (status.equals(place.at("/properties/status").asText())) {
                    return;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(placeId + " is not shown " + status + " by the map service after 30 s");
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
