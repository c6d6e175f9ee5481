package org.geoparks.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.PostgisExtension;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search and suggestions over HTTP on a small real catalogue ({@code search/records.sql}): each
 * language's analysis, diacritic-free and accented queries, typos, prefixes, identifiers, geo
 * filters and sorting, facets, protected places, and every kind of bad input.
 */
@PostgisTest
@SpringBootTest(classes = CatalogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    SearchService service;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void catalogue() {
        SearchTestData.load(PostgisExtension.schemaFor(SearchApiIT.class).dataSource());
    }

    @BeforeEach
    void indexReady() throws InterruptedException {
        SearchTestData.await(Duration.ofSeconds(30), "the index is built",
                () -> !service.matchingIds("place", "thac", LanguagePreference.defaults(), 1).isEmpty());
    }

    // --- languages -------------------------------------------------------------------------

    @Test
    void vietnameseWithoutDiacriticsFindsTheAccentedName() throws Exception {
        JsonNode r = search("q=ban gioc");
        assertThat(ids(r).get(0)).isEqualTo("cb-ban-gioc-waterfall");
        assertThat(search("q=dong nguom ngao&lang=vi").path("features").get(0).path("properties").path("name").asText())
                .isEqualTo("Động Ngườm Ngao");
    }

    @Test
    void accentedVietnameseFindsTheSameAndPrefersTheExactSpelling() throws Exception {
        assertThat(ids(search("q=Thác Bản Giốc")).get(0)).isEqualTo("cb-ban-gioc-waterfall");
        // "hồ" (lake) and "hổ" (tiger) both fold to "ho": the accented query ranks its own word first.
        assertThat(ids(search("q=hồ&layer=place"))).startsWith("cb-thang-hen-lake");
        assertThat(ids(search("q=hổ&layer=place"))).startsWith("cb-ho-tien-village");
        assertThat(ids(search("q=ho&layer=place"))).contains("cb-thang-hen-lake", "cb-ho-tien-village");
    }

    @Test
    void aMultiSyllableVietnameseWordMatchesAsAPhrase() throws Exception {
        List<String> caves = ids(search("q=hang động&layer=place"));
        assertThat(caves.subList(0, 3)).containsExactlyInAnyOrder("cb-nguom-ngao-cave", "ls-tam-thanh-cave", "ls-keng-tao-cave");
    }

    @Test
    void chineseFindsTheChineseNameAndSaysSo() throws Exception {
        JsonNode r = search("q=板约瀑布");
        JsonNode first = r.path("features").get(0);
        assertThat(first.path("id").asText()).isEqualTo("cb-ban-gioc-waterfall");
        assertThat(first.path("properties").path("matched_language").asText()).isEqualTo("zh-Hans");
        assertThat(first.path("properties").path("snippet").asText()).contains("<mark>");
        assertThat(ids(search("q=三清洞")).get(0)).isEqualTo("ls-tam-thanh-cave");
    }

    @Test
    void englishIsStemmedAndPlacesComeBeforeTheRecordsAboutThem() throws Exception {
        assertThat(ids(search("q=cave near Trùng Khánh")).get(0)).isEqualTo("cb-nguom-ngao-cave");
        assertThat(ids(search("q=waterfalls")).get(0)).isEqualTo("cb-ban-gioc-waterfall");
        assertThat(ids(search("q=Kéng Tao")).get(0)).isEqualTo("ls-keng-tao-cave");
        assertThat(ids(search("q=Kéng Tao"))).contains("ls-hz-keng-tao-high-water");
    }

    @Test
    void typosAndHalfTypedWordsStillFindThePlace() throws Exception {
        assertThat(ids(search("q=nguom ngoa")).get(0)).isEqualTo("cb-nguom-ngao-cave");
        assertThat(ids(search("q=thang h")).get(0)).isEqualTo("cb-thang-hen-lake");
        assertThat(ids(search("q=tam thanh cav")).get(0)).isEqualTo("ls-tam-thanh-cave");
    }

    @Test
    void managersFindSignsByNumberAndPartnersByCertificate() throws Exception {
        assertThat(ids(search("q=cb-sign-007")).get(0)).isEqualTo("cb-sign-007");
        assertThat(ids(search("q=sign 7")).get(0)).isEqualTo("cb-sign-007");
        assertThat(ids(search("q=damaged warning sign&layer=sign")).get(0)).isEqualTo("cb-sign-007");
        assertThat(ids(search("q=GP-CB-2024-017")).get(0)).isEqualTo("cb-khuoi-ky-homestay");
        assertThat(ids(search("q=mint honey")).get(0)).isEqualTo("cb-trung-khanh-honey/products/1");
        assertThat(ids(search("q=then singing")).get(0)).isEqualTo("cb-then-singing");
    }

    // --- geography -------------------------------------------------------------------------

    @Test
    void aPositionRanksNearerPlacesFirstAndSaysHowFar() throws Exception {
        JsonNode nearBanGioc = search("q=cave&near=22.85,106.72&layer=place");
        assertThat(ids(nearBanGioc).get(0)).isEqualTo("cb-nguom-ngao-cave");
        assertThat(nearBanGioc.path("features").get(0).path("properties").path("distance_m").asLong()).isBetween(1500L, 2500L);
        JsonNode nearLangSon = search("q=cave&near=21.85,106.75&layer=place");
        assertThat(ids(nearLangSon).get(0)).isEqualTo("ls-tam-thanh-cave");
    }

    @Test
    void radiusBboxAndDistanceSortFilterAndOrderByPublicGeometry() throws Exception {
        assertThat(ids(search("q=cave&near=22.85,106.72&radius=20km&layer=place"))).containsExactly("cb-nguom-ngao-cave");
        assertThat(ids(search("bbox=106.0,21.5,107.0,22.0&layer=place"))).containsExactlyInAnyOrder("ls-tam-thanh-cave", "ls-keng-tao-cave");
        List<String> byDistance = ids(search("near=21.85,106.75&sort=distance&kind=cave&limit=3"));
        assertThat(byDistance).containsExactly("ls-tam-thanh-cave", "ls-keng-tao-cave", "cb-nguom-ngao-cave");
    }

    @Test
    void protectedPlacesAreFoundByNameButOnlyAtTheirPublicPosition() throws Exception {
        JsonNode fossils = search("q=Lang Môn fossil corals").path("features").get(0);
        assertThat(fossils.path("id").asText()).isEqualTo("cb-lang-mon-coral-fossils");
        JsonNode coordinates = fossils.path("geometry").path("coordinates");
        assertThat(coordinates.get(0).asDouble()).isEqualTo(105.87);
        assertThat(coordinates.get(1).asDouble()).isEqualTo(22.65);
        // Searching 200 m around the exact position finds nothing; the distance is to the public point.
        assertThat(ids(search("q=fossil&near=22.6543,105.8712&radius=200"))).isEmpty();
        JsonNode near = search("q=fossil corals&near=22.6543,105.8712").path("features").get(0);
        assertThat(near.path("properties").path("distance_m").asLong()).isGreaterThan(400);
        // Restricted: found, without a position at all, and never by a position.
        JsonNode restricted = search("q=Thẩm Hai").path("features").get(0);
        assertThat(restricted.path("id").asText()).isEqualTo("ls-tham-hai-cave");
        assertThat(restricted.path("geometry").isNull()).isTrue();
        assertThat(ids(search("near=21.9122,106.4411&radius=50km&limit=100"))).doesNotContain("ls-tham-hai-cave");
    }

    @Test
    void signsAndHazardsAtAProtectedPlaceCarryOnlyItsPublicPosition() throws Exception {
        for (String q : List.of("q=cb-sign-012", "q=rockfall fossil outcrop")) {
            JsonNode hit = search(q).path("features").get(0);
            JsonNode c = hit.path("geometry").path("coordinates");
            assertThat(List.of(c.get(0).asDouble(), c.get(1).asDouble())).as(hit.path("id").asText()).containsExactly(105.87, 22.65);
        }
        JsonNode then = search("q=then singing").path("features").get(0).path("geometry");
        assertThat(then.toString()).doesNotContain("105.8712").contains("105.87");
        // A route through the fossil site is on the public grid as a whole.
        JsonNode walk = search("q=coral trail&layer=route").path("features").get(0);
        assertThat(walk.path("id").asText()).isEqualTo("cb-coral-walk");
        walk.path("geometry").path("coordinates").forEach(c -> {
            assertThat(Math.abs(c.get(0).asDouble() * 100 - Math.round(c.get(0).asDouble() * 100))).isLessThan(1e-6);
            assertThat(Math.abs(c.get(1).asDouble() * 100 - Math.round(c.get(1).asDouble() * 100))).isLessThan(1e-6);
        });
        assertThat(ids(search("q=trail&near=22.6543,105.8712&radius=300"))).doesNotContain("cb-coral-walk");
    }

    // --- facets ----------------------------------------------------------------------------

    @Test
    void facetsCountTheMatchesAndAFilteredDimensionStillCountsItsOtherValues() throws Exception {
        JsonNode r = search("q=cave&layer=place");
        assertThat(r.path("facets").path("kind").path("cave").asLong()).isEqualTo(3);
        JsonNode caves = search("kind=cave");
        assertThat(caves.path("numberMatched").asLong()).isEqualTo(3);
        assertThat(caves.path("facets").path("kind").path("waterfall").asLong()).as("drill sideways").isEqualTo(1);
        assertThat(caves.path("facets").path("park").path("lang-son").asLong()).isEqualTo(2);
        assertThat(caves.path("facets").path("park").path("non-nuoc-cao-bang").asLong()).isEqualTo(1);
        JsonNode all = search("limit=1");
        assertThat(all.path("facets").path("layer").path("sign").asLong()).isEqualTo(2);
        assertThat(all.path("facets").path("layer").path("route").asLong()).isEqualTo(2);
        assertThat(all.path("facets").path("layer").path("product").asLong()).isEqualTo(1);
        assertThat(all.path("facets").path("status").path("caution").asLong()).isEqualTo(1);
        assertThat(all.path("facets").path("partner_type").path("homestay").asLong()).isEqualTo(1);
        assertThat(all.path("facets").path("language").path("vi").asLong()).isPositive();
        assertThat(search("park=lang-son&limit=100").path("features")).allSatisfy(f ->
                assertThat(f.path("properties").path("parks").toString()).contains("lang-son"));
    }

    // --- suggestions and the map service's q= -----------------------------------------------

    @Test
    void suggestionsCompleteHalfTypedNamesInTheLanguageTyped() throws Exception {
        JsonNode s = get("/api/v1/suggest?q=" + enc("ban g")).body;
        assertThat(s.path("suggestions").get(0).path("id").asText()).isEqualTo("cb-ban-gioc-waterfall");
        JsonNode zh = get("/api/v1/suggest?q=" + enc("板约")).body;
        assertThat(zh.path("suggestions").get(0).path("text").asText()).isEqualTo("板约瀑布");
        assertThat(zh.path("suggestions").get(0).path("language").asText()).isEqualTo("zh-Hans");
        JsonNode vi = get("/api/v1/suggest?lang=vi&q=" + enc("ngu")).body;
        assertThat(vi.path("suggestions").get(0).path("text").asText()).isEqualTo("Động Ngườm Ngao");
        assertThat(get("/api/v1/suggest?q=").body.path("suggestions")).isEmpty();
    }

    @Test
    void theMapServiceGetsIdsOfOneLayerInRankOrder() {
        assertThat(service.matchingIds("place", "cave", LanguagePreference.explicit("en"), 10))
                .containsExactlyInAnyOrder("cb-nguom-ngao-cave", "ls-tam-thanh-cave", "ls-keng-tao-cave", "ls-tham-hai-cave");
        assertThat(service.matchingIds("partner", "honey", LanguagePreference.defaults(), 10)).containsExactly("cb-trung-khanh-honey");
        assertThat(service.matchingIds("hazard", "Kéng Tao", LanguagePreference.defaults(), 10)).containsExactly("ls-hz-keng-tao-high-water");
        assertThat(service.matchingIds("place", "(((", LanguagePreference.defaults(), 10)).isEmpty();
    }

    @Test
    void theMapsItemsTakeQAndCombineItWithBboxAndFilters() throws Exception {
        Reply caves = get("/ogc/collections/places/items?lang=en&q=cave");
        assertThat(caves.status).as(caves.body.toString()).isEqualTo(200);
        assertThat(ids(caves.body)).containsExactly("cb-nguom-ngao-cave", "ls-keng-tao-cave", "ls-tam-thanh-cave", "ls-tham-hai-cave");
        assertThat(caves.body.path("numberMatched").asLong()).isEqualTo(4);
        // a box from Bắc Sơn to Lạng Sơn city holds two of them
        assertThat(ids(get("/ogc/collections/places/items?q=cave&bbox=106.3,21.85,106.76,21.90").body))
                .containsExactly("ls-keng-tao-cave", "ls-tam-thanh-cave");
        assertThat(ids(get("/ogc/collections/places/items?q=cave&park=non-nuoc-cao-bang").body)).containsExactly("cb-nguom-ngao-cave");
        assertThat(ids(get("/ogc/collections/places/items?q=" + enc("thac ban gioc")).body)).contains("cb-ban-gioc-waterfall");
        assertThat(ids(get("/ogc/collections/partners/items?q=honey").body)).containsExactly("cb-trung-khanh-honey");
        assertThat(ids(get("/ogc/collections/places/items?q=" + enc("((( ))) *")).body)).isEmpty();
        assertThat(ids(get("/ogc/collections/places/items?q=").body)).hasSizeGreaterThan(4);
        assertThat(ids(get("/ogc/collections/places/items?q=cave&limit=2").body)).containsExactly("cb-nguom-ngao-cave", "ls-keng-tao-cave");
        Reply tooLong = get("/ogc/collections/places/items?q=" + "a".repeat(1024));
        assertThat(tooLong.status).isEqualTo(400);
        assertThat(tooLong.contentType).startsWith("application/problem+json");
        assertThat(tooLong.body.path("parameter").asText()).isEqualTo("q");
        Reply notSearched = get("/ogc/collections/parks/items?q=cave");
        assertThat(notSearched.status).as("the parks are not in the search index").isEqualTo(400);
        assertThat(notSearched.body.path("detail").asText()).contains("unknown query parameter 'q'");
    }

    // --- bad input -------------------------------------------------------------------------

    @Test
    void syntaxCharactersAreOnlyPunctuation() throws Exception {
        assertThat(ids(search("q=" + enc("ban gioc~ AND name:* \"(")))).first().isEqualTo("cb-ban-gioc-waterfall");
        Reply r = get("/api/v1/search?q=" + enc("((( ))) * ? : ^"));
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body.path("features")).isEmpty();
        assertThat(get("/api/v1/search?q=" + enc("\\")).status).isEqualTo(200);
    }

    @Test
    void anEmptyQueryListsWhatTheFiltersSelect() throws Exception {
        assertThat(search("q=").path("numberMatched").asLong()).isGreaterThan(10);
        assertThat(search("q=%20%20&kind=waterfall").path("numberMatched").asLong()).isEqualTo(1);
    }

    @Test
    void badParametersAreProblemsThatSayWhatToSend() throws Exception {
        String kilobyte = "a".repeat(1024);
        List<String> bad = List.of("q=" + kilobyte, "near=106.72,22.85", "near=abc", "near=22.85", "near=NaN,106",
                "lang=fr", "radius=5km", "near=22.85,106.72&radius=-5", "limit=0", "limit=abc", "limit=1000", "offset=-1",
                "bbox=106.9,23.0,106.5,22.5", "bbox=1,2,3", "kind=volcano", "park=" + enc("DROP TABLE"), "sort=distance",
                "sort=name", "colour=red", "q=a&q=b");
        List<String> not400 = new ArrayList<>();
        for (String query : bad) {
            Reply r = get("/api/v1/search?" + query.replace(" ", "%20"));
            if (r.status != 400 || !r.contentType.startsWith("application/problem+json") || r.body.path("detail").asText().isEmpty()) {
                not400.add(query + " → " + r.status + " " + r.contentType);
            }
        }
        assertThat(not400).isEmpty();
        assertThat(get("/api/v1/search?near=106.72,22.85").body.path("detail").asText()).contains("longitude first");
        assertThat(get("/api/v1/suggest?near=91,0&q=x").status).isEqualTo(400);
        assertThat(get("/api/v1/suggest?q=" + kilobyte).status).isEqualTo(400);
    }

    // --- administration ----------------------------------------------------------------------

    @Test
    void anAdministratorRebuildsTheIndexWithoutARestartAndNobodyElseMay() throws Exception {
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/searchindex"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(HTTP.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        Accounts.create(jdbc, "search-editor", "search-editor-password", "editor", "non-nuoc-cao-bang");
        HttpRequest editor = HttpRequest.newBuilder(anonymous.uri()).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", Accounts.bearer(port, "search-editor", "search-editor-password")).build();
        assertThat(HTTP.send(editor, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        Accounts.create(jdbc, "search-admin", "search-admin-password", "admin", null);
        String admin = Accounts.bearer(port, "search-admin", "search-admin-password");
        JsonNode before = JSON.readTree(HTTP.send(HttpRequest.newBuilder(anonymous.uri()).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(before.path("ready").asBoolean()).isTrue();
        int documents = before.path("documents").asInt();
        assertThat(documents).isPositive();

        HttpResponse<String> rebuilt = HTTP.send(HttpRequest.newBuilder(anonymous.uri()).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(rebuilt.body());
        assertThat(report.path("documents").asInt()).isEqualTo(documents);
        assertThat(report.path("wallMillis").asLong()).isNotNegative();
        assertThat(report.path("cpuMillis").asLong()).isNotNegative();
        assertThat(ids(search("q=ban gioc")).get(0)).as("the rebuilt index answers").isEqualTo("cb-ban-gioc-waterfall");
        JsonNode after = JSON.readTree(HTTP.send(HttpRequest.newBuilder(anonymous.uri()).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(after.path("lastRebuild").path("documents").asInt()).isEqualTo(documents);
    }

    // ---------------------------------------------------------------------------------------

    private JsonNode search(String query) throws Exception {
        Reply r = get("/api/v1/search?" + query.replace(" ", "%20"));
        assertThat(r.status).as(query + ": " + r.body).isEqualTo(200);
        return r.body;
    }

    private static List<String> ids(JsonNode collection) {
        List<String> out = new ArrayList<>();
        collection.path("features").forEach(f -> out.add(f.path("id").asText()));
        return out;
    }

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
