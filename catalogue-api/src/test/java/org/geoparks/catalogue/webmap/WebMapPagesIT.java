package org.geoparks.catalogue.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages over HTTP: drawn in the visitor's language, under the service's Content-Security-Policy,
 * with a configured base map, and everything the service worker keeps for offline use there to fetch.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalogue.web-map.base-tiles=https://tiles.example.org/{z}/{x}/{y}.png",
        "catalogue.web-map.base-attribution=© Example tiles"})
class WebMapPagesIT {

    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return WebMapTestData.send(request.build());
    }

    @Test
    void theMapIsDrawnInTheVisitorsLanguageUnderAPolicyWithNoInlineScript() {
        HttpResponse<String> vi = get("/", "Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(vi.body()).contains("<html lang=\"vi\"", "Bản đồ công viên địa chất", "placeholder=\"Tìm: Bản Giốc");
        String policy = vi.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(vi.body()).doesNotContain("<script>", "style=\"", "onclick=");
        assertThat(vi.body()).contains("data-base-tiles=\"https://tiles.example.org/{z}/{x}/{y}.png\"", "data-base-attribution=\"© Example tiles\"");

        HttpResponse<String> remembered = get("/", "Accept-Language", "vi", "Cookie", "geoparks-lang=zh-Hans");
        assertThat(remembered.body()).as("the visitor's choice beats the browser's languages").contains("<html lang=\"zh-Hans\"", "地质公园地图");
        assertThat(get("/", "Cookie", "geoparks-lang=fr").body()).as("an unknown choice is ignored").contains("<html lang=\"en\"");

        HttpResponse<String> manage = get("/manage", "Accept-Language", "en");
        assertThat(manage.statusCode()).isEqualTo(200);
        assertThat(manage.body()).contains("Park management", "autocomplete=\"current-password\"");
    }

    @Test
    void labelsManifestAndServiceWorkerAreServed() throws Exception {
        JsonNode zh = json.readTree(get("/webmap/labels/zh-Hans.json").body());
        assertThat(zh.path("web.kind.waterfall").asText()).isEqualTo("瀑布");
        assertThat(zh.has("ogc.title")).as("only the pages' labels").isFalse();
        assertThat(json.readTree(get("/webmap/labels/vi.json").body()).path("web.near-me").asText()).isEqualTo("Gần tôi");
        HttpResponse<String> unknown = get("/webmap/labels/fr.json");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        HttpResponse<String> manifest = get("/webmap/manifest.webmanifest?lang=vi");
        assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
        JsonNode app = json.readTree(manifest.body());
        assertThat(app.path("start_url").asText()).isEqualTo("/");
        assertThat(app.path("display").asText()).isEqualTo("standalone");
        assertThat(app.path("name").asText()).isEqualTo("Bản đồ công viên địa chất Cao Bằng và Lạng Sơn");
        for (JsonNode icon : app.path("icons")) {
            assertThat(get(icon.path("src").asText()).statusCode()).as(icon.path("src").asText()).isEqualTo(200);
        }

        HttpResponse<String> worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(worker.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(worker.body()).contains("addEventListener('fetch'");
    }

    @Test
    void everyFileTheServiceWorkerKeepsIsThere() throws Exception {
        JsonNode list = json.readTree(get("/webmap/offline-files.json").body());
        assertThat(list.path("version").asText()).matches("[0-9a-f]{16}");
        assertThat(list.path("files").size()).isGreaterThan(20);
        boolean leaflet = false;
        for (JsonNode file : list.path("files")) {
            HttpResponse<String> answer = get(file.asText());
            assertThat(answer.statusCode()).as(file.asText()).isEqualTo(200);
            leaflet |= file.asText().matches("/webjars/leaflet/[0-9.]+/dist/leaflet\\.js");
        }
        assertThat(leaflet).as("the map library comes from the service itself, never a CDN").isTrue();
        assertThat(get("/").body()).contains("data-version=\"" + list.path("version").asText() + "\"");
    }
}
