package org.geoparks.catalogue.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.WayPoint;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.operator.ApiKeys;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

/** GPX 1.1 and KML exports: valid, read back by jpx, opened by GDAL, names in the language asked. */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalogue.operators.anonymous-limit=100000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteExportsIT {

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    RouteService routes;
    @Autowired
    HazardService hazards;
    @Autowired
    ApiKeys keys;
    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeAll
    void routes() {
        RouteTestData.load(parks, places, routes, hazards, jdbc);
        http = Http.on(port);
    }

    private static void validGpx(byte[] gpx) throws Exception {
        try (var schema = RouteExportsIT.class.getResourceAsStream("/gpx/gpx-1.1-structure.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(new StreamSource(schema)).newValidator().validate(new StreamSource(new ByteArrayInputStream(gpx)));
        }
    }

    @Test
    void aRouteAsGpxIsATrackWithAWaypointPerStopNamedInTheLanguageAsked() throws Exception {
        HttpResponse<byte[]> response = http.bytes("/api/v1/routes/walk-east.gpx?lang=vi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/gpx+xml");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("walk-east.gpx");
        validGpx(response.body());

        GPX gpx = GPX.Reader.of(GPX.Version.V11, GPX.Reader.Mode.STRICT).read(new ByteArrayInputStream(response.body()));
        assertThat(gpx.getVersion()).isEqualTo("1.1");
        assertThat(gpx.getTracks()).hasSize(1);
        assertThat(gpx.getTracks().get(0).getName()).contains("Tuyến walk-east");
        assertThat(gpx.getTracks().get(0).getSegments().get(0).getPoints()).hasSize(2);
        assertThat(gpx.getWayPoints()).extracting(w -> w.getName().orElse("")).containsExactly("Điểm t-a", "Điểm t-b", "Điểm t-c");
        WayPoint b = gpx.getWayPoints().get(1);
        assertThat(b.getLatitude().doubleValue()).isEqualTo(22.80);
        assertThat(b.getLongitude().doubleValue()).isEqualTo(106.71);
        assertThat(b.getType()).contains("cave");

        String ogr = Ogr.info(response.body(), ".gpx");
        assertThat(ogr).contains("Layer name: waypoints").contains("Layer name: tracks");
        assertThat(featureCount(ogr, "waypoints")).isEqualTo(3);
        assertThat(featureCount(ogr, "tracks")).isEqualTo(1);
    }

    @Test
    void aRouteAsKmlOpensInGdal() throws Exception {
        HttpResponse<byte[]> response = http.bytes("/api/v1/routes/walk-east.kml?lang=zh");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.google-earth.kml+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document kml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        assertThat(kml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.opengis.net/kml/2.2");
        assertThat(kml.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark").getLength()).isEqualTo(4);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("线路 walk-east").contains("106.7,22.8 106.72,22.8");

        String ogr = Ogr.info(response.body(), ".kml");
        assertThat(ogr).contains("线路 walk-east");
        assertThat(featureCount(ogr, "线路 walk-east")).isEqualTo(4);
    }

    @Test
    void aParksRoutesInOneFileHaveATrackEachAndEachPlaceOnce() throws Exception {
        String key = keys.create("export-tours", null, "test").key();
        HttpResponse<byte[]> response = http.bytes("/api/v1/parks/non-nuoc-cao-bang/routes.gpx?lang=en", "X-API-Key", key);
        assertThat(response.statusCode()).isEqualTo(200);
        validGpx(response.body());
        GPX gpx = GPX.Reader.of(GPX.Version.V11, GPX.Reader.Mode.STRICT).read(new ByteArrayInputStream(response.body()));
        assertThat(gpx.getTracks()).hasSize(7);
        assertThat(gpx.getMetadata().flatMap(m -> m.getName())).as("named after the park, in the language asked")
                .contains("Non nuoc Cao Bang UNESCO Global Geopark");
        assertThat(gpx.getWayPoints()).as("t-p2 and t-p3 are stops of two routes, once each").hasSize(15);
        String ogr = Ogr.info(response.body(), ".gpx");
        assertThat(featureCount(ogr, "tracks")).isEqualTo(7);

        HttpResponse<byte[]> kml = http.bytes("/api/v1/parks/non-nuoc-cao-bang/routes.kml", "X-API-Key", key);
        assertThat(kml.statusCode()).isEqualTo(200);
        assertThat(Ogr.info(kml.body(), ".kml")).contains("Route walk-east").contains("Route car-long");
    }

    @Test
    void exportsAnswerUnknownRoutesAndBadParametersWithProblems() {
        assertThat(http.get("/api/v1/routes/nowhere.gpx").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/routes/walk-east.kml?lang=xx").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/routes/walk-east.gpx?format=kml").statusCode()).isEqualTo(400);
    }

    private static int featureCount(String ogrinfo, String layer) {
        Matcher m = Pattern.compile("Layer name: " + Pattern.quote(layer) + "\\n(?:.*\\n)*?Feature Count: (\\d+)").matcher(ogrinfo);
        if (!m.find()) {
            throw new AssertionError("no layer " + layer + " in:\n" + ogrinfo);
        }
        return Integer.parseInt(m.group(1));
    }
}
