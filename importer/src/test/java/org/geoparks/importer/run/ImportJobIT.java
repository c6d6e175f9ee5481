package org.geoparks.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.place.PlaceStatus;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgisTest
@SpringBootTest(classes = CatalogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportJobIT {

    @Autowired
    ImportJob importer;

    @Autowired
    PlaceService places;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyCatalogue() throws IOException {
        jdbc.execute("TRUNCATE park, place, park_partner, change_log, audit_log CASCADE");
        ImportReport parks = importer.run(ImportRequest.of(write("parks.geojson", GeoJsonSamples.PARK), "parks", "test/parks", "test"));
        assertThat(parks.getResult()).as(parks.toText()).isEqualTo(ImportReport.Result.COMMITTED);
    }

    @Test
    void aFileIsImportedAndASecondImportChangesNothing() throws IOException {
        Path file = write("places.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC, GeoJsonSamples.NGUOM_NGAO));

        ImportReport first = importer.run(ImportRequest.of(file, "places", "test/places", "test"));
        ImportReport second = importer.run(ImportRequest.of(file, "places", "test/places", "test"));

        assertThat(first.getInserted()).as(first.toText()).isEqualTo(2);
        assertThat(second.getUnchanged()).isEqualTo(2);
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.toText()).contains("Nothing changed");
        assertThat(count("place")).isEqualTo(2);
        assertThat(count("change_log WHERE entity_type = 'place'")).as("one change per insert, none for the re-import").isEqualTo(2);
    }

    @Test
    void aChangedAttributeUpdatesOnlyThatRecord() throws IOException {
        importer.run(ImportRequest.of(write("a.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC, GeoJsonSamples.NGUOM_NGAO)), "places", "test/places", "test"));
        String renamed = GeoJsonSamples.NGUOM_NGAO.replace("Ngườm Ngao cave", "Nguom Ngao (Tiger) cave");

        ImportReport report = importer.run(ImportRequest.of(write("b.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC, renamed)), "places", "test/places", "test"));

        assertThat(report.getUpdated()).isEqualTo(1);
        assertThat(report.getUnchanged()).isEqualTo(1);
        assertThat(places.get("cb-nguom-ngao-cave").getName().get("en")).contains("Nguom Ngao (Tiger) cave");
    }

    @Test
    void aRecordEditedInTheCatalogueIsNotRevertedByReimportingButReportedAsAConflict() throws IOException {
        Path file = write("a.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC));
        importer.run(ImportRequest.of(file, "places", "test/places", "test"));
        places.changeStatus("cb-ban-gioc-waterfall", PlaceStatus.CLOSED, LocalizedText.of("en", "High water after rain"), "manager");
        Path changed = write("b.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC.replace("\"elevation_m\": 300", "\"elevation_m\": 310")));

        ImportReport kept = importer.run(ImportRequest.of(changed, "places", "test/places", "test"));
        ImportReport unchangedFile = importer.run(ImportRequest.of(file, "places", "test/places", "test"));

        assertThat(kept.getConflicts()).containsExactly("cb-ban-gioc-waterfall");
        assertThat(kept.toText()).contains("Conflicts");
        assertThat(places.get("cb-ban-gioc-waterfall").getStatus()).isEqualTo(PlaceStatus.CLOSED);
        assertThat(unchangedFile.getConflicts()).containsExactly("cb-ban-gioc-waterfall");
        assertThat(places.get("cb-ban-gioc-waterfall").getStatus()).isEqualTo(PlaceStatus.CLOSED);

        ImportRequest overwrite = new ImportRequest(changed, "places", null, null, "test/places", null, null, null, false,
                false, false, false, Set.of("cb-ban-gioc-waterfall"), 2, "test");
        ImportReport replaced = importer.run(overwrite);
        assertThat(replaced.getOverwritten()).containsExactly("cb-ban-gioc-waterfall");
        assertThat(places.get("cb-ban-gioc-waterfall").getStatus()).isEqualTo(PlaceStatus.OPEN);
        assertThat(places.get("cb-ban-gioc-waterfall").getElevationM()).isEqualTo(310.0);
    }

    @Test
    void oneRejectedRecordRollsTheWholeFileBack() throws IOException {
        String broken = GeoJsonSamples.NGUOM_NGAO.replace("\"kind\": \"cave\"", "\"kind\": \"volcano\"");
        ImportReport report = importer.run(ImportRequest.of(write("x.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC, broken)), "places", "test/places", "test"));

        assertThat(report.getResult()).isEqualTo(ImportReport.Result.ROLLED_BACK);
        assertThat(report.getRejections()).singleElement().satisfies(r -> {
            assertThat(r.record()).isEqualTo("cb-nguom-ngao-cave");
            assertThat(r.field()).isEqualTo("kind");
            assertThat(r.reason()).contains("volcano").contains("cave");
        });
        assertThat(count("place")).as("the valid record was rolled back with the file").isZero();
        assertThat(count("change_log WHERE entity_type = 'place'")).isZero();
    }

    @Test
    void skipInvalidKeepsTheValidRecords() throws IOException {
        String broken = GeoJsonSamples.NGUOM_NGAO.replace("\"kind\": \"cave\"", "\"kind\": \"volcano\"");
        ImportRequest request = new ImportRequest(write("x.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC, broken)), "places",
                null, null, "test/places", null, null, null, false, false, true, false, Set.of(), 2, "test");

        ImportReport report = importer.run(request);

        assertThat(report.getResult()).isEqualTo(ImportReport.Result.COMMITTED);
        assertThat(report.getInserted()).isEqualTo(1);
        assertThat(report.getRejected()).isEqualTo(1);
        assertThat(count("place")).isEqualTo(1);
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        ImportRequest request = new ImportRequest(write("x.geojson", GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC)), "places",
                null, null, "test/places", null, null, null, true, false, false, false, Set.of(), 2, "test");

        ImportReport report = importer.run(request);

        assertThat(report.getResult()).isEqualTo(ImportReport.Result.DRY_RUN);
        assertThat(report.getInserted()).isEqualTo(1);
        assertThat(count("place")).isZero();
    }

    @Test
    void malformedJsonFailsWithTheLineAndWritesNothing() throws IOException {
        String text = GeoJsonSamples.places(GeoJsonSamples.BAN_GIOC, GeoJsonSamples.NGUOM_NGAO);
        ImportReport report = importer.run(ImportRequest.of(write("x.geojson", text.substring(0, text.length() - 40)), "places", "test/places", "test"));

        assertThat(report.getResult()).isEqualTo(ImportReport.Result.FAILED);
        assertThat(report.getFailure()).contains("x.geojson").contains("line");
        assertThat(count("place")).isZero();
    }

    @Test
    void swappedLatitudeAndLongitudeAreCaught() throws IOException {
        String swapped = GeoJsonSamples.BAN_GIOC.replace("[106.7236, 22.8536]", "[22.8536, 106.7236]");
        ImportReport report = importer.run(ImportRequest.of(write("x.geojson", GeoJsonSamples.places(swapped)), "places", "test/places", "test"));

        assertThat(report.getRejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("swapped"));
    }

    @Test
    void projectedNumbersReadAsDegreesAreCaught() throws IOException {
        String projected = GeoJsonSamples.BAN_GIOC.replace("[106.7236, 22.8536]", "[676284.3, 2528050.9]");
        ImportReport report = importer.run(ImportRequest.of(write("x.geojson", GeoJsonSamples.places(projected)), "places", "test/places", "test"));

        assertThat(report.getRejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("projected").contains("--source-crs"));
    }

    @Test
    void aPositionFarOutsideItsParkIsCaughtUnlessTheRecordSaysWhy() throws IOException {
        String hanoi = GeoJsonSamples.BAN_GIOC.replace("[106.7236, 22.8536]", "[105.8542, 21.0285]");
        ImportReport report = importer.run(ImportRequest.of(write("x.geojson", GeoJsonSamples.places(hanoi)), "places", "test/places", "test"));
        assertThat(report.getRejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("outside park 'non-nuoc-cao-bang'"));

        String declared = hanoi.replace("\"kind\":", "\"outside_park\": \"network record\", \"kind\":");
        ImportReport accepted = importer.run(ImportRequest.of(write("y.geojson", GeoJsonSamples.places(declared)), "places", "test/places", "test"));
        assertThat(accepted.getInserted()).as(accepted.toText()).isEqualTo(1);
    }

    @Test
    void anInvalidGeometryIsRejectedWithItsReasonOrRepairedWhenAsked() throws IOException {
        String bowtie = """
                {"type": "Feature", "id": "cb-bowtie-zone", "geometry": {"type": "Polygon", "coordinates":
                  [[[106.70, 22.84], [106.72, 22.86], [106.72, 22.84], [106.70, 22.86], [106.70, 22.84]]]},
                 "properties": {"park": "non-nuoc-cao-bang", "kind": "geosite", "name": {"en": "Bow tie"}, "source": ["test"]}}""";
        Path file = write("x.geojson", GeoJsonSamples.places(bowtie));

        ImportReport rejected = importer.run(ImportRequest.of(file, "places", "test/places", "test"));
        assertThat(rejected.getRejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("Self-intersection").contains("--repair"));

        ImportReport repaired = importer.run(new ImportRequest(file, "places", null, null, "test/places", null, null, null, false,
                true, false, false, Set.of(), 2, "test"));
        assertThat(repaired.getInserted()).as(repaired.toText()).isEqualTo(1);
        assertThat(repaired.getRepairs()).singleElement().asString().contains("cb-bowtie-zone").contains("Self-intersection");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    }
}
