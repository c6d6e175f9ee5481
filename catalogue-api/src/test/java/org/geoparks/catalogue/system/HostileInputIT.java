package org.geoparks.catalogue.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.MapTestData;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint the two OpenAPI documents list (the map service's {@code /ogc/api}, the catalogue
 * API's {@code /api/openapi}) is sent what an attacker or a careless client sends: malformed
 * numbers, injection strings, control characters and broken encodings, oversize values, forged
 * headers, path tricks, unknown methods. Generated from the documents, so a new endpoint is
 * covered the day it is described. Every answer is below 500; every refusal is a problem document
 * that names no class, SQL, file or server; and the service is healthy after.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    /** Values no parameter should choke on. Those starting with "%" are sent as written (already percent-encoded). */
    static final List<String> HOSTILE = List.of(
            "", " ", "-1", "0", "1e309", "-1e309", "NaN", "Infinity", "9223372036854775808", "99999999999999999999999999",
            "0x1F", "1,2,3,4,5", "1;2", "--1", "+-1",
            "' OR '1'='1", "'; DROP TABLE place; --", "\" OR 1=1 --", "%2527%2520OR%25201%253D1", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "a%00b",
            "%ED%A0%80", "%C3%28", "%FF%FE", "\u202Eevil", "\u200B", "🗺️", "Ω≈ç√∫˜µ≤≥÷", "\t", "%0D%0ASet-Cookie:%20x=1",
            "x".repeat(2000), "ý".repeat(5000));

    /** What a problem document or any answer must never show. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\borg\\.(?!geoparks\\.catalogue,)|\\bjava\\.|SQLState|PSQL|postgresql|ERROR: |/work/|\\.java:|Tomcat|Apache|Caused by");

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String admin;
    int requests;

    record Operation(String method, String path, List<JsonNode> parameters, boolean hasBody) {
    }

    @BeforeAll
    void aCatalogueAndAnAdministrator() {
        MapTestData.load(parks, places, jdbc);
        Accounts.create(jdbc, "hostile-admin", "hostile-password", "admin", null);
        admin = Accounts.bearer(port, "hostile-admin", "hostile-password");
    }

    @AfterAll
    void theServiceIsHealthyAfter() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(http.send(HttpRequest.newBuilder(uri("/ogc/collections/places/items?limit=1")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theDocumentsListEndpointsToTry() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations.stream().map(Operation::path)).contains("/ogc/collections/places/items", "/api/v1/auth/token");
        assertThat(operations).hasSizeGreaterThan(40);
    }

    @Test
    void everyParameterOfEveryEndpointTakesHostileValuesCalmly() throws Exception {
        for (Operation op : operations()) {
            if (!op.method().equals("get")) {
                continue;
            }
            for (JsonNode parameter : op.parameters()) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                for (String value : HOSTILE) {
                    if (in.equals("query")) {
                        assertCalm(send("GET", fill(op.path(), null, null) + "?" + name + "=" + encode(value), null, Map.of()), op.path() + "?" + name);
                    } else if (in.equals("path")) {
                        assertCalm(send("GET", fill(op.path(), name, value), null, Map.of()), op.path() + " {" + name + "}");
                    } else if (in.equals("header") && value.length() < 1000 && !value.startsWith("%") && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                        assertCalm(send("GET", fill(op.path(), null, null), null, Map.of(name, value)), op.path() + " " + name + ":");
                    }
                }
            }
            // a parameter nobody declared, and every declared one at once with nonsense
            assertCalm(send("GET", fill(op.path(), null, null) + "?zz%00=1&" + "a".repeat(300) + "=b", null, Map.of()), op.path() + " unknown");
        }
        assertThat(requests).isGreaterThan(1000);
    }

    @Test
    void everyWriteRefusesStrangersAndHostileBodiesCalmly() throws Exception {
        List<String> bodies = List.of("", "{", "[]", "null", "\"text\"", "{\"username\": {\"$ne\": null}}",
                "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}", "{\"x\": \"" + "y".repeat(1_500_000) + "\"}",
                "{\"title\": \"<script>alert(1)</script>\", \"script\": \"\\u0000\", \"trigger_radius_m\": 1e309}");
        for (Operation op : operations()) {
            if (op.method().equals("get")) {
                continue;
            }
            String path = fill(op.path(), null, null);
            String method = op.method().toUpperCase(java.util.Locale.ROOT);
            HttpResponse<String> stranger = send(method, path, "{}", Map.of("Content-Type", "application/json"));
            assertCalm(stranger, method + " " + path + " without credentials");
            // signing in and visitors' feedback are the writes anybody may make; every other needs an account
            if (!path.equals("/api/v1/auth/token") && !path.equals("/api/v1/feedback")) {
                assertThat(stranger.statusCode()).as(method + " " + path + " without credentials").isIn(401, 403, 404, 405);
            }
            for (String body : bodies) {
                for (String type : List.of("application/json", "multipart/form-data; boundary=x", "text/plain", "application/xml")) {
                    assertCalm(send(method, path, body, Map.of("Content-Type", type, "Authorization", admin)), method + " " + path + " " + type);
                }
            }
        }
    }

    @Test
    void forgedHeadersBreakNothingAndChangeNothingForOthers() throws Exception {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("Host", "evil.example:666");
        forged.put("X-Forwarded-Host", "evil.example");
        forged.put("X-Forwarded-Proto", "gopher");
        forged.put("X-Forwarded-For", "' OR 1=1");
        forged.put("Forwarded", "for=evil;host=evil.example;proto=https");
        forged.put("Accept", "garbage/???;q=x");
        forged.put("Accept-Language", "zz-ZZZZZZZZZZZZZ;q=2, \u0000");
        forged.put("Accept-Encoding", "gzip;q=garbage");
        forged.put("If-None-Match", "W/\"" + "x".repeat(300));
        forged.put("If-Modified-Since", "yesterday");
        forged.put("Range", "bytes=-5-3,x");
        forged.put("Authorization", "Bearer not.a.token");
        forged.put("Content-Length", "-1");
        for (Operation op : operations()) {
            if (!op.method().equals("get")) {
                continue;
            }
            String path = fill(op.path(), null, null);
            for (Map.Entry<String, String> header : forged.entrySet()) {
                RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: " + (header.getKey().equals("Host") ? header.getValue() : "127.0.0.1")
                        + "\r\n" + (header.getKey().equals("Host") ? "" : header.getKey() + ": " + header.getValue() + "\r\n") + "Connection: close\r\n\r\n");
                assertCalm(response, path + " with " + header.getKey());
            }
        }
        // the page a forged Host was served is the one everybody is served: links to the one public address
        raw("GET /ogc/collections/places/items?limit=3 HTTP/1.1\r\nHost: evil.example:666\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n");
        HttpResponse<String> ordinary = send("GET", "/ogc/collections/places/items?limit=3", null, Map.of());
        assertThat(ordinary.body()).doesNotContain("evil.example").contains("http://127.0.0.1:" + port + "/ogc/");
        assertThat(raw("GET /ogc/collections/places/items?limit=3 HTTP/1.1\r\nHost: evil.example:666\r\nConnection: close\r\n\r\n").body)
                .doesNotContain("evil.example");
    }

    @Test
    void pathTricksBrokenRequestsAndUnknownMethodsAreProblemDocuments() throws Exception {
        List<String> requestLines = List.of(
                "GET /ogc/collections/..%2f..%2fetc%2fpasswd/items HTTP/1.1",
                "GET /ogc/collections/places/items/%00 HTTP/1.1",
                "GET /ogc/..;/api HTTP/1.1",
                "GET //ogc//collections HTTP/1.1",
                "GET /ogc/collections/places%2fitems HTTP/1.1",
                "GET /ogc/collections/%2e%2e/items HTTP/1.1",
                "GET /ogc;jsessionid=x/collections HTTP/1.1",
                "GET /ogc/collections/places/items?bbox=1,2,3,4&bbox=5,6,7,8 HTTP/1.1",
                "GET /" + "a".repeat(10_000) + " HTTP/1.1",
                "GET /ogc/collections/places/items?park=" + "b".repeat(10_000) + " HTTP/1.1",
                "GET /error HTTP/1.1",
                "GET /error?status=500 HTTP/1.1",
                "FOO /ogc HTTP/1.1",
                "TRACE /ogc HTTP/1.1",
                "PROPFIND /ogc HTTP/1.1",
                "DELETE /ogc/collections/places/items/cb-grid-00-00 HTTP/1.1",
                "GET /ogc HTTP/9.9",
                "GET ogc HTTP/1.1",
                "GET /ogc/collections/places/items?lang=%E0%A4 HTTP/1.1");
        for (String line : requestLines) {
            assertCalm(raw(line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), line.length() > 80 ? line.substring(0, 80) : line);
        }
        RawResponse hugeHeader = raw("GET /ogc HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "c".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertCalm(hugeHeader, "a 20,000-character header");
        assertThat(hugeHeader.status).isEqualTo(400);
        RawResponse nul = raw("GET /ogc/collections/places/items?park=a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(nul.status).isEqualTo(400);
        assertThat(nul.body).contains("park");
    }

    // ------------------------------------------------------------------------------------------

    private List<Operation> operations() throws Exception {
        List<Operation> out = new ArrayList<>();
        for (String document : List.of("/ogc/api", "/api/openapi")) {
            JsonNode doc = json.readTree(send("GET", document, null, Map.of()).body());
            String prefix = document.startsWith("/ogc") ? "/ogc" : "";
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    List<JsonNode> parameters = new ArrayList<>();
                    for (JsonNode p : method.getValue().path("parameters")) {
                        parameters.add(p.has("$ref") ? resolve(doc, p.path("$ref").asText()) : p);
                    }
                    out.add(new Operation(method.getKey(), prefix + path.getKey(), parameters, method.getValue().has("requestBody")));
                }
            }
        }
        return out;
    }

    private static JsonNode resolve(JsonNode doc, String ref) {
        JsonNode node = doc;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    /** The path with its parameters filled: the hostile one with its value, the others with records that exist. */
    private static String fill(String template, String hostileName, String hostileValue) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            String name = m.group(1);
            out.append(name.equals(hostileName) ? encode(hostileValue) : existing(template, name));
            last = m.end();
        }
        return out.append(template.substring(last)).toString();
    }

    private static String existing(String template, String name) {
        return switch (name) {
            case "featureId" -> "cb-grid-00-00";
            case "placeId" -> "cb-grid-00-00";
            case "lang" -> "vi";
            case "position" -> "1";
            case "assetId" -> "1";
            default -> template.contains("/parks/") ? "non-nuoc-cao-bang" : template.contains("/places/") ? "cb-grid-00-00" : "x";
        };
    }

    private static String encode(String value) {
        if (value.startsWith("%") || value.contains("%2F") || value.contains("%00") || value.contains("%0D")) {
            return value; // sent as written: already percent-encoded bytes
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertCalm(HttpResponse<String> response, String what) {
        assertCalm(new RawResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body()), what);
    }

    private static void assertCalm(RawResponse response, String what) {
        assertThat(response.status).as(what + " → " + response.body).isBetween(100, 499);
        if (response.status >= 400) {
            assertThat(response.contentType).as(what + " → " + response.status + " " + response.body).startsWith("application/problem+json");
        }
        assertThat(LEAK.matcher(response.body).find()).as(what + " leaks: " + response.body).isFalse();
    }

    /** What a raw HTTP/1.1 exchange answered. */
    record RawResponse(int status, String contentType, String body) {
    }

    /** Sends bytes as written, for what no HTTP client library lets through (forged Host, broken request lines). */
    private RawResponse raw(String request) throws IOException {
        requests++;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
            String body = headerEnd < 0 ? "" : text.substring(headerEnd + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
            String contentType = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new RawResponse(status, contentType, body);
        }
    }
}
