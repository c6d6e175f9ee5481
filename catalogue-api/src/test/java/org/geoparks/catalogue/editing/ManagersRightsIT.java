package org.geoparks.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.testing.ManagedParks.ADMIN;
import static org.geoparks.catalogue.testing.ManagedParks.CAO_BANG;
import static org.geoparks.catalogue.testing.ManagedParks.CB_EDITOR;
import static org.geoparks.catalogue.testing.ManagedParks.CB_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.FALLS;
import static org.geoparks.catalogue.testing.ManagedParks.LS_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.OPERATOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.EditHttp;
import org.geoparks.catalogue.testing.ManagedParks;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may do what, endpoint by endpoint, for every role — the public, an operator, an editor and a
 * manager of Cao Bằng, a manager of Lạng Sơn, an administrator — against records of Cao Bằng; the
 * audit log as managers read it; and tokens that expired, were altered or were never the
 * catalogue's.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagersRightsIT {

    /** What an endpoint needs, in Cao Bằng. */
    enum Needs {
        /** a park's editors, managers, administrators */
        CONTENT,
        /** a park's managers, administrators */
        SAFETY,
        /** what only a park's managers (and administrators) read */
        MANAGER
    }

    record Endpoint(String name, Needs needs, Function<String, EditHttp.Answer> callAs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> ROLES = java.util.Arrays.asList(null, OPERATOR, CB_EDITOR, CB_MANAGER, LS_MANAGER, ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;

    EditHttp http;
    final List<Endpoint> endpoints = new ArrayList<>();

    @BeforeAll
    void twoParksTheirPeopleAndEveryEndpoint() {
        ManagedParks.load(parks, places, jdbc);
        http = new EditHttp(port, ManagedParks.PASSWORD);
        endpoint("create a hazard", Needs.SAFETY, as -> http.post("/api/v1/hazards", as, hazard()));
        endpoint("read a hazard as its managers do", Needs.SAFETY, as -> http.get("/api/v1/hazards/" + fresh("hazards").path("id").asText(), as));
        endpoint("change a hazard", Needs.SAFETY, as -> patch("hazards", as, Map.of("severity", "extreme")));
        endpoint("replace a hazard", Needs.SAFETY, as -> {
            JsonNode hazard = fresh("hazards");
            ObjectNode changed = hazard.deepCopy();
            changed.put("severity", "low");
            return http.put("/api/v1/hazards/" + hazard.path("id").asText(), as, etag(hazard), changed);
        });
        endpoint("resolve a hazard", Needs.SAFETY, as -> action("hazards", "/resolve", as, Map.of("reason", Map.of("en", "Gone"))));
        endpoint("read a hazard's history", Needs.MANAGER, as -> http.get("/api/v1/hazards/" + fresh("hazards").path("id").asText() + "/history", as));
        endpoint("add a sign", Needs.SAFETY, as -> http.post("/api/v1/signs", as, sign()));
        endpoint("change a sign", Needs.SAFETY, as -> patch("signs", as, Map.of("condition", "fair")));
        endpoint("record an inspection", Needs.SAFETY, as -> action("signs", "/inspections", as, Map.of("inspector", "Hoa", "condition", "damaged")));
        endpoint("list a sign's inspections", Needs.MANAGER, as -> http.get("/api/v1/signs/" + fresh("signs").path("id").asText() + "/inspections", as));
        endpoint("retire a sign", Needs.SAFETY, as -> action("signs", "/retire", as, Map.of("reason", Map.of("en", "Stolen"))));
        endpoint("read a place as its editors do", Needs.CONTENT, as -> http.get("/api/v1/places/" + FALLS, as));
        endpoint("write a place's description", Needs.CONTENT, as -> http.patch("/api/v1/places/" + FALLS, as, placeEtag(),
                Map.of("description", Map.of("en", "Written by " + as))));
        endpoint("close a place by changing its fields", Needs.SAFETY, as -> http.patch("/api/v1/places/" + FALLS, as, placeEtag(),
                Map.of("status", "caution", "status_reason", Map.of("en", "Wet rocks"))));
        endpoint("set a place's status", Needs.SAFETY, as -> http.put("/api/v1/places/" + FALLS + "/status", as, placeEtag(),
                Map.of("status", "open")));
        endpoint("take a place's position", Needs.SAFETY, as -> http.postIfMatch("/api/v1/places/" + FALLS + "/position", as, placeEtag(),
                Map.of("lon", 106.72150, "lat", 22.85530, "accuracy_m", 5)));
        endpoint("read a place's history", Needs.MANAGER, as -> http.get("/api/v1/places/" + FALLS + "/history", as));
        endpoint("write a narration", Needs.CONTENT, as -> http.put("/api/v1/places/" + FALLS + "/narrations/en", as, null,
                Map.of("title", "Bản Giốc Waterfall", "script", "Welcome to the falls. Narrated for " + as + ".")));
        endpoint("read the park's audit log", Needs.MANAGER, as -> http.get("/api/v1/audit?park=" + CAO_BANG, as));
        endpoint("read the park's safety report", Needs.MANAGER, as -> http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", as));
        endpoint("create a hazard from QGIS", Needs.SAFETY, as -> http.call("/ogc/collections/hazards/items").as(as)
                .json("POST", Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(106.7214, 22.8552)),
                        "properties", Map.of("park", CAO_BANG, "type", "rockfall", "severity", "low", "title", Map.of("en", "Loose stones"),
                                "advice", Map.of("en", "Look up")))).send());
        endpoint("replace a sign from QGIS", Needs.SAFETY, as -> {
            JsonNode sign = fresh("signs");
            String id = sign.path("id").asText();
            ObjectNode feature = http.get("/ogc/collections/signs/items/" + id, null).json().deepCopy();
            ((ObjectNode) feature.path("properties")).put("condition", "damaged");
            return http.call("/ogc/collections/signs/items/" + id).as(as).json("PUT", feature).send();
        });
        endpoint("end a hazard from QGIS", Needs.SAFETY, as -> {
            JsonNode hazard = fresh("hazards");
            return http.call("/ogc/collections/hazards/items/" + hazard.path("id").asText()).as(as).ifMatch(etag(hazard)).method("DELETE").send();
        });
    }

    void endpoint(String name, Needs needs, Function<String, EditHttp.Answer> call) {
        endpoints.add(new Endpoint(name, needs, call));
    }

    Stream<Arguments> everyEndpointForEveryRole() {
        return endpoints.stream().flatMap(e -> ROLES.stream().map(role -> Arguments.of(e, role == null ? "the public" : role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryRole")
    void eachRoleMayDoExactlyWhatItsRightsSay(Endpoint endpoint, String who) {
        String role = who.equals("the public") ? null : who;
        boolean allowed = role != null && switch (endpoint.needs()) {
            case CONTENT -> role.equals(CB_EDITOR) || role.equals(CB_MANAGER) || role.equals(ADMIN);
            case SAFETY, MANAGER -> role.equals(CB_MANAGER) || role.equals(ADMIN);
        };

        EditHttp.Answer answer = endpoint.callAs().apply(role);

        if (allowed) {
            assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
        } else {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(role == null ? 401 : 403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aManagerOfLangSonChangesNothingInCaoBangByAnyEndpoint() {
        String othersThanTheAdministrator = "SELECT count(*) FROM audit_log WHERE park_id = ? AND actor <> ?";
        int before = jdbc.queryForObject(othersThanTheAdministrator, Integer.class, CAO_BANG, ADMIN);

        for (Endpoint endpoint : endpoints) {
            assertThat(endpoint.callAs().apply(LS_MANAGER).status()).as(endpoint.name()).isEqualTo(403);
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE actor = ?", Integer.class, LS_MANAGER)).isZero();
        assertThat(jdbc.queryForObject(othersThanTheAdministrator, Integer.class, CAO_BANG, ADMIN))
                .as("nothing in Cao Bằng changed but what the administrator prepared").isEqualTo(before);
    }

    @Test
    void theAuditLogIsReadByParkSinceAMomentAndByTypeAndPagesBack() {
        Instant start = Instant.now().minusSeconds(1);
        http.post("/api/v1/hazards", CB_MANAGER, hazard());
        patch("signs", CB_MANAGER, Map.of("condition", "fair"));

        JsonNode hazards = http.get("/api/v1/audit?park=" + CAO_BANG + "&type=hazard&since=" + start, CB_MANAGER).json();
        assertThat(members(hazards, "type")).isNotEmpty().containsOnly("hazard");
        assertThat(members(hazards, "park")).containsOnly(CAO_BANG);
        assertThat(hazards.path("entries").get(0).path("actor").asText()).isEqualTo(CB_MANAGER);

        JsonNode mine = http.get("/api/v1/audit?since=" + start, CB_MANAGER).json();
        assertThat(members(mine, "park")).as("a manager's own parks").containsOnly(CAO_BANG);
        JsonNode page = http.get("/api/v1/audit?park=" + CAO_BANG + "&limit=2", ADMIN).json();
        assertThat(page.path("entries")).hasSize(2);
        JsonNode next = http.get(page.path("next").asText(), ADMIN).json();
        assertThat(next.path("entries").get(0).path("id").asLong()).isLessThan(page.path("entries").get(1).path("id").asLong());
        assertThat(http.get("/api/v1/audit", CB_EDITOR).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit?since=yesterday", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit", ADMIN).json().path("entries").findValuesAsText("password")).isEmpty();
    }

    @Test
    void anExpiredAnAlteredOrAForeignTokenIsRefused() throws Exception {
        byte[] key = jdbc.queryForObject("SELECT secret FROM auth_signing_key WHERE id = 1", byte[].class);
        String path = "/api/v1/parks/" + CAO_BANG + "/safety-report";

        assertThat(http.call(path).token(token(key, "geopark-catalogue", Instant.now().plusSeconds(600))).send().status())
                .as("the same token, in date, is accepted").isEqualTo(200);
        EditHttp.Answer expired = http.call(path).token(token(key, "geopark-catalogue", Instant.now().minusSeconds(600))).send();
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(http.call(path).token(token(key, "somebody-else", Instant.now().plusSeconds(600))).send().status()).isEqualTo(401);
        assertThat(http.call(path).token(token(new byte[32], "geopark-catalogue", Instant.now().plusSeconds(600))).send().status())
                .as("signed with another key").isEqualTo(401);

        String[] parts = http.bearer(LS_MANAGER).substring("Bearer ".length()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("lang-son");
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.replace("lang-son", CAO_BANG).getBytes(StandardCharsets.UTF_8));
        assertThat(http.call(path).token(parts[0] + "." + promoted + "." + parts[2]).send().status()).as("altered").isEqualTo(401);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(http.call(path).token(unsigned + "." + parts[1] + ".").send().status()).as("unsigned").isEqualTo(401);
    }

    /** One member of every entry of an audit page. */
    static List<String> members(JsonNode page, String member) {
        List<String> values = new ArrayList<>();
        page.path("entries").forEach(entry -> values.add(entry.path(member).asText()));
        return values;
    }

    /** An administrator's token of the catalogue's own form, signed with that key, from that issuer, expiring then. */
    static String token(byte[] key, String issuer, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(ADMIN).issueTime(Date.from(expires.minusSeconds(3600)))
                .expirationTime(Date.from(expires)).claim("roles", List.of("admin")).claim("parks", List.of()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    // ---------------------------------------------------------------- records to act on, made by the administrator

    static Map<String, Object> hazard() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("park", CAO_BANG);
        body.put("place", FALLS);
        body.put("type", "slippery_path");
        body.put("severity", "moderate");
        body.put("title", Map.of("en", "Slippery steps"));
        body.put("advice", Map.of("en", "Hold the handrail"));
        return body;
    }

    static Map<String, Object> sign() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("park", CAO_BANG);
        body.put("type", "warning");
        body.put("serves_place", FALLS);
        body.put("text", Map.of("en", "Slippery steps"));
        body.put("geometry", Map.of("type", "Point", "coordinates", List.of(106.7211, 22.8551)));
        return body;
    }

    JsonNode fresh(String collection) {
        EditHttp.Answer created = http.post("/api/v1/" + collection, ADMIN, collection.equals("hazards") ? hazard() : sign());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static String etag(JsonNode record) {
        return "\"" + record.path("version").asInt() + "\"";
    }

    String placeEtag() {
        return http.get("/api/v1/places/" + FALLS, ADMIN).etag();
    }

    EditHttp.Answer patch(String collection, String as, Map<String, Object> changes) {
        JsonNode record = fresh(collection);
        return http.patch("/api/v1/" + collection + "/" + record.path("id").asText(), as, etag(record), changes);
    }

    EditHttp.Answer action(String collection, String action, String as, Map<String, Object> body) {
        JsonNode record = fresh(collection);
        return http.postIfMatch("/api/v1/" + collection + "/" + record.path("id").asText() + action, as, etag(record), body);
    }
}
