package org.geoparks.catalogue.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.testing.ManagedParks.CAO_BANG;
import static org.geoparks.catalogue.testing.ManagedParks.CB_EDITOR;
import static org.geoparks.catalogue.testing.ManagedParks.CB_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.FALLS;
import static org.geoparks.catalogue.testing.ManagedParks.LS_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.NGUOM_NGAO;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.EditHttp;
import org.geoparks.catalogue.testing.ManagedParks;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signage inventory kept by a park's managers over HTTP: a new warning sign, inspections (with
 * a photo URL or an uploaded photo, within the size the catalogue takes), a sign taken down, and
 * the park's safety report in JSON and CSV.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalogue.editing.max-photo-size=64KB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignEditsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** The start of a JPEG (SOI, APP0 JFIF) and its end: enough for the catalogue to know it for one. */
    static final byte[] JPEG_HEAD = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00};

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;

    EditHttp http;

    @BeforeAll
    void twoParksAndTheirPeople() {
        ManagedParks.load(parks, places, jdbc);
        http = new EditHttp(port, ManagedParks.PASSWORD);
    }

    static Map<String, Object> warningSign(String place, String lastInspected) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("park", CAO_BANG);
        body.put("type", "warning");
        body.put("serves_place", place);
        body.put("languages", List.of("vi", "en", "zh-Hans"));
        body.put("text", Map.of("vi", "Đá trơn, đi chậm", "en", "Slippery rocks, walk slowly"));
        body.put("installed", "2024-03-01");
        if (lastInspected != null) {
            body.put("last_inspected", lastInspected);
        }
        body.put("geometry", Map.of("type", "Point", "coordinates", List.of(106.7210, 22.8550)));
        return body;
    }

    EditHttp.Answer newSign(Map<String, Object> body) {
        EditHttp.Answer created = http.post("/api/v1/signs", CB_MANAGER, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    @Test
    void anInspectorFindsTheWarningSignDamagedAndItsHistorySaysSo() {
        EditHttp.Answer sign = newSign(warningSign(FALLS, null));
        String path = "/api/v1/signs/" + sign.json().path("id").asText();
        assertThat(sign.json().path("condition").asText()).as("new signs are in good condition").isEqualTo("good");

        EditHttp.Answer inspected = http.postIfMatch(path + "/inspections", CB_MANAGER, sign.etag(), Map.of(
                "inspected_on", TODAY.toString(), "inspector", "Nông Văn Hùng", "condition", "damaged",
                "note", "Bent by a fallen branch; text still readable", "photo_url", "https://photos.example.org/signs/falls-warning.jpg"));

        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(201);
        assertThat(inspected.json().path("inspection").path("condition").asText()).isEqualTo("damaged");
        assertThat(inspected.json().path("sign").path("condition").asText()).isEqualTo("damaged");
        assertThat(inspected.json().path("sign").path("last_inspected").asText()).isEqualTo(TODAY.toString());
        assertThat(inspected.etag()).isNotEqualTo(sign.etag());
        JsonNode list = http.get(path + "/inspections", CB_MANAGER).json();
        assertThat(list.get(0).path("inspector").asText()).isEqualTo("Nông Văn Hùng");
        assertThat(list.get(0).path("photo_url").asText()).isEqualTo("https://photos.example.org/signs/falls-warning.jpg");
        assertThat(list.get(0).path("recorded_by").asText()).isEqualTo(CB_MANAGER);
        JsonNode history = http.get(path + "/history", CB_MANAGER).json();
        assertThat(history.get(0).path("before").path("condition").asText()).isEqualTo("good");
        assertThat(history.get(0).path("after").path("condition").asText()).isEqualTo("damaged");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE entity_type = 'sign_inspection' AND park_id = ?",
                Integer.class, CAO_BANG)).isPositive();

        EditHttp.Answer stale = http.postIfMatch(path + "/inspections", CB_MANAGER, sign.etag(), Map.of("inspector", "X", "condition", "good"));
        assertThat(stale.status()).as("an inspection is an edit of the sign like any other").isEqualTo(412);
        EditHttp.Answer replacing = http.postIfMatch(path + "/inspections", CB_MANAGER, inspected.etag(),
                Map.of("inspector", "Nông Văn Hùng", "condition", "needs_replacing"));
        assertThat(replacing.status()).as(replacing.toString()).isEqualTo(201);
        assertThat(replacing.json().path("sign").path("condition").asText()).isEqualTo("needs_replacing");
    }

    @Test
    void aPhotoTakenAtTheInspectionIsKeptForTheParksManagersOnly() {
        EditHttp.Answer sign = newSign(warningSign(FALLS, null));
        String path = "/api/v1/signs/" + sign.json().path("id").asText();
        byte[] photo = jpeg(20_000);

        EditHttp.Answer inspected = http.call(path + "/inspections").as(CB_MANAGER).ifMatch(sign.etag())
                .bytes("POST", multipart(Map.of("inspector", "Lục Thị Mai", "condition", "missing"), photo, "image/jpeg"), contentType()).send();

        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(201);
        String photoUrl = inspected.json().path("inspection").path("photo_url").asText();
        assertThat(photoUrl).startsWith(path + "/inspections/").endsWith("/photo");
        EditHttp.Answer mine = http.get(photoUrl, CB_MANAGER);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(mine.bytes()).isEqualTo(photo);
        assertThat(http.get(photoUrl, null).status()).as("a phone photo may carry its position").isEqualTo(401);
        assertThat(http.get(photoUrl, LS_MANAGER).status()).isEqualTo(403);
        assertThat(http.get("/ogc/collections/signs/items/" + sign.json().path("id").asText(), null).json().path("properties")
                .path("photo").isNull()).as("the public photo of the sign is not the inspection's").isTrue();
    }

    @Test
    void anOversizePhotoOrOneThatIsNoImageIsRefusedAndNothingIsRecorded() {
        EditHttp.Answer sign = newSign(warningSign(FALLS, null));
        String path = "/api/v1/signs/" + sign.json().path("id").asText();

        EditHttp.Answer tooLarge = http.call(path + "/inspections").as(CB_MANAGER).ifMatch(sign.etag())
                .bytes("POST", multipart(Map.of("inspector", "Lục Thị Mai", "condition", "damaged"), jpeg(100_000), "image/jpeg"), contentType())
                .send();
        EditHttp.Answer notAnImage = http.call(path + "/inspections").as(CB_MANAGER).ifMatch(sign.etag())
                .bytes("POST", multipart(Map.of("inspector", "Lục Thị Mai", "condition", "damaged"),
                        "%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII), "image/jpeg"), contentType()).send();

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.json().path("detail").asText()).contains("64 KB");
        assertThat(notAnImage.status()).as(notAnImage.toString()).isEqualTo(415);
        assertThat(http.get(path + "/inspections", CB_MANAGER).json()).isEmpty();
        assertThat(http.get(path, CB_MANAGER).json().path("condition").asText()).isEqualTo("good");
    }

    @Test
    void inspectionsThatCannotBeTrueAreRefused() {
        EditHttp.Answer sign = newSign(warningSign(FALLS, null));
        String path = "/api/v1/signs/" + sign.json().path("id").asText();

        EditHttp.Answer broken = http.postIfMatch(path + "/inspections", CB_MANAGER, sign.etag(), Map.of("inspector", "A", "condition", "broken"));
        EditHttp.Answer tomorrow = http.postIfMatch(path + "/inspections", CB_MANAGER, sign.etag(),
                Map.of("inspector", "A", "condition", "good", "inspected_on", TODAY.plusDays(1).toString()));
        EditHttp.Answer beforeInstalled = http.postIfMatch(path + "/inspections", CB_MANAGER, sign.etag(),
                Map.of("inspector", "A", "condition", "good", "inspected_on", "2020-01-01"));
        EditHttp.Answer nobody = http.postIfMatch(path + "/inspections", CB_MANAGER, sign.etag(), Map.of("condition", "good"));

        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().path("detail").asText()).contains("good, fair, damaged, missing, needs_replacing");
        assertThat(tomorrow.status()).isEqualTo(422);
        assertThat(tomorrow.json().path("field").asText()).isEqualTo("inspected_on");
        assertThat(beforeInstalled.status()).isEqualTo(422);
        assertThat(nobody.json().path("field").asText()).isEqualTo("inspector");
    }

    @Test
    void aSignTakenDownStaysInTheInventoryButLeavesTheSignsInService() {
        EditHttp.Answer sign = newSign(warningSign(FALLS, null));
        String id = sign.json().path("id").asText();

        EditHttp.Answer retired = http.postIfMatch("/api/v1/signs/" + id + "/retire", CB_MANAGER, sign.etag(),
                Map.of("reason", Map.of("vi", "Thay bằng biển mới", "en", "Replaced by a new sign")));

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().path("retired").asText()).isEqualTo(TODAY.toString());
        assertThat(http.get("/ogc/collections/signs/items/" + id + "?lang=en", null).json().path("properties").path("retirement_reason").asText())
                .isEqualTo("Replaced by a new sign");
        assertThat(http.get("/ogc/collections/signs-in-service/items/" + id, null).status()).isEqualTo(404);
        assertThat(http.postIfMatch("/api/v1/signs/" + id + "/retire", CB_MANAGER, retired.etag(), Map.of("reason", Map.of("en", "again"))).status())
                .isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign WHERE id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void theSafetyReportListsHazardsInForceSignsByConditionOverdueInspectionsAndClosedPlaces() {
        Map<String, Object> old = warningSign(NGUOM_NGAO, "2023-01-10");
        old.put("installed", "2022-05-01");
        newSign(old);
        newSign(warningSign(NGUOM_NGAO, TODAY.minusDays(30).toString()));
        Map<String, Object> hazard = new LinkedHashMap<>(Map.of("park", CAO_BANG, "place", NGUOM_NGAO, "type", "rockfall",
                "severity", "high", "place_effect", "closed", "title", Map.of("vi", "Đá lở ở cửa hang", "en", "Rockfall at the entrance"),
                "advice", Map.of("en", "Keep out")));
        EditHttp.Answer rockfall = http.post("/api/v1/hazards", CB_MANAGER, hazard);
        assertThat(rockfall.status()).as(rockfall.toString()).isEqualTo(201);

        EditHttp.Answer report = http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", CB_MANAGER);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.path("hazards_in_force").findValuesAsText("id")).contains(rockfall.json().path("id").asText());
        assertThat(json.path("signs_by_condition").path("good").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(json.path("signs_by_condition").has("needs_replacing")).isTrue();
        assertThat(json.path("signs_overdue").findValuesAsText("last_inspected")).contains("2023-01-10")
                .doesNotContain(TODAY.minusDays(30).toString());
        JsonNode cave = null;
        for (JsonNode place : json.path("places_not_open")) {
            if (place.path("id").asText().equals(NGUOM_NGAO)) {
                cave = place;
            }
        }
        assertThat(cave).isNotNull();
        assertThat(cave.path("status").asText()).isEqualTo("closed");
        assertThat(cave.path("reason").path("en").asText()).isEqualTo("Rockfall at the entrance");
        assertThat(cave.path("because_of_hazard").asText()).isEqualTo(rockfall.json().path("id").asText());
        assertThat(cave.path("since").asText()).isNotEmpty();

        EditHttp.Answer csv = http.call("/api/v1/parks/" + CAO_BANG + "/safety-report?f=csv&lang=en").as(CB_MANAGER).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("section,id,kind,name,state,detail,place,since,until\r\n")
                .contains("hazard_in_force," + rockfall.json().path("id").asText() + ",rockfall,Rockfall at the entrance,high")
                .contains("sign_overdue,").contains("place_closed," + NGUOM_NGAO + ",cave,Nguom Ngao Cave,closed,Rockfall at the entrance");

        assertThat(http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", LS_MANAGER).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", CB_EDITOR).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", null).status()).isEqualTo(401);
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(JPEG_HEAD, 0, bytes, 0, JPEG_HEAD.length);
        bytes[size - 2] = (byte) 0xff;
        bytes[size - 1] = (byte) 0xd9;
        return bytes;
    }

    static final String BOUNDARY = "inspection-" + UUID.randomUUID();

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    static byte[] multipart(Map<String, String> fields, byte[] photo, String photoType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"sign.jpg\"\r\nContent-Type: "
                + photoType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(photo);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
