package org.geoparks.catalogue.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.heritage.HeritageFixtures;
import org.geoparks.catalogue.heritage.IntangibleHeritageService;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.partner.PartnerFixtures;
import org.geoparks.catalogue.partner.PartnerService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.route.RouteFixtures;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.sign.SignFixtures;
import org.geoparks.catalogue.sign.SignService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.MapTestData;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every view of every layer shows the fields its declaration lists, no more and no fewer: the
 * features of the map service (to the public and to an administrator), the queryables, the
 * OpenAPI schema, vector-tile attributes and schema.org descriptions. No view keeps a list of its own.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayerViewsIT {

    /** What a schema.org description says of every feature, whatever its fields. */
    private static final Set<String> JSON_LD_FRAME = Set.of("@context", "@id", "url", "@type", "inLanguage", "geo",
            "isAccessibleForFree", "spatialCoverage");

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    IntangibleHeritageService heritage;
    @Autowired
    PartnerService partners;
    @Autowired
    RouteService routes;
    @Autowired
    SignService signs;
    @Autowired
    Collections collections;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    String admin;

    @BeforeAll
    void aRecordInEveryLayer() {
        MapTestData.load(parks, places, jdbc);
        ImportOptions options = ImportOptions.keepEdits("test");
        heritage.importOne(new ImportKey("test", "then"), HeritageFixtures.thenRitual("cb-then",
                List.of("non-nuoc-cao-bang"), List.of("cb-grid-00-00")), options);
        partners.importOne(new ImportKey("test", "coop"), PartnerFixtures.ocopProducer("cb-chestnut-coop",
                List.of(PartnerFixtures.product("Chestnuts", 4))), options);
        routes.importOne(new ImportKey("test", "walk"), RouteFixtures.walk("cb-walk", List.of("cb-grid-00-00", "cb-grid-00-01"),
                RouteFixtures.line(106.31, 22.51, 106.31, 22.54)), options);
        signs.importOne(new ImportKey("test", "sign"), SignFixtures.board("cb-sign-1", "cb-grid-00-00", "cb-hazard-now"), options);
        Accounts.create(jdbc, "views-admin", "secret-password", "admin", null);
        admin = Accounts.bearer(port, "views-admin", "secret-password");
    }

    @Test
    void featuresCarryTheDeclaredFieldsThePublicMayRead() throws Exception {
        for (Collection c : withFeatures()) {
            JsonNode feature = firstFeature(c, null);
            assertThat(names(feature.path("properties"))).as(c.id())
                    .containsExactlyElementsOf(c.fields().stream().filter(Field::isPublic).map(Field::name).toList());
        }
    }

    @Test
    void administratorsAlsoReadTheManagersOnlyFields() throws Exception {
        for (Collection c : withFeatures()) {
            JsonNode feature = firstFeature(c, admin);
            assertThat(names(feature.path("properties"))).as(c.id())
                    .containsExactlyElementsOf(c.fields().stream().map(Field::name).toList());
        }
    }

    @Test
    void queryablesAreTheDeclaredFilters() throws Exception {
        for (Collection c : collections.all()) {
            JsonNode queryables = getJson("/ogc/collections/" + c.id() + "/queryables", null);
            assertThat(names(queryables.path("properties"))).as(c.id()).containsExactlyElementsOf(c.filters().keySet());
        }
    }

    @Test
    void theApiDefinitionDescribesEveryDeclaredField() throws Exception {
        JsonNode schemas = getJson("/ogc/api", null).path("components").path("schemas");
        for (Collection c : collections.all()) {
            JsonNode properties = schemas.path("feature-" + c.id()).path("properties").path("properties").path("properties");
            assertThat(names(properties)).as(c.id()).containsExactlyElementsOf(c.fields().stream().map(Field::name).toList());
            for (Field field : c.fields()) {
                if (field.allowedValues() != null) {
                    assertThat(properties.path(field.name()).path("enum").toString()).as(c.id() + "." + field.name())
                            .isEqualTo(json.valueToTree(field.allowedValues()).toString());
                }
            }
        }
    }

    @Test
    void tileAttributesAreTheFieldsDeclaredForTiles() throws Exception {
        for (Collection c : collections.all()) {
            JsonNode tileJson = getJson("/tiles/" + c.id() + ".json", null);
            List<String> expected = new ArrayList<>(List.of("id", "name"));
            c.fields().stream().filter(f -> f.isInTiles() && f.isPublic()).map(Field::name).forEach(expected::add);
            assertThat(names(tileJson.path("vector_layers").get(0).path("fields"))).as(c.id()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void schemaOrgDescriptionsSayWhatTheFieldsDeclare() throws Exception {
        for (Collection c : withFeatures()) {
            JsonNode feature = firstFeature(c, null);
            JsonNode ld = getJson("/ogc/collections/" + c.id() + "/items/" + feature.path("id").asText() + "?f=jsonld", null);
            Set<String> declared = new LinkedHashSet<>(JSON_LD_FRAME);
            for (Field field : c.fields()) {
                if (field.jsonLd() == null) {
                    continue;
                }
                declared.addAll(field.jsonLd().properties());
                JsonNode value = feature.path("properties").path(field.name());
                boolean plain = field.jsonLd().properties().size() == 1 && !value.isMissingNode() && !value.isNull()
                        && (value.isValueNode() || field.type().isList()) && field.type() != FieldType.BOOLEAN;
                if (plain) {
                    assertThat(ld.has(field.jsonLd().properties().get(0))).as(c.id() + "." + field.name()).isTrue();
                }
            }
            assertThat(names(ld)).as(c.id()).isSubsetOf(declared);
        }
    }

    /** The collections with a feature to look at: every layer, and the parts of layers the test data has records in. */
    private List<Collection> withFeatures() {
        return collections.all().stream().filter(c -> c.condition() == null || c.id().equals("caves") || c.id().equals("fossil-sites")).toList();
    }

    private JsonNode firstFeature(Collection c, String authorization) throws Exception {
        // hazards: also those not in force now
        String query = c.timeBound() ? "?datetime=../..&limit=1" : "?limit=1";
        JsonNode page = getJson("/ogc/collections/" + c.id() + "/items" + query, authorization);
        assertThat(page.path("features").size()).as(c.id() + " has a feature").isEqualTo(1);
        return page.path("features").get(0);
    }

    private JsonNode getJson(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
