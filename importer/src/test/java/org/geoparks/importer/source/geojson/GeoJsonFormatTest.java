package org.geoparks.importer.source.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonFormatTest {

    @TempDir
    Path folder;

    private final GeoJsonFormat format = new GeoJsonFormat();

    @Test
    void bytesThatAreNoUnicodeTextAreRefusedAsNotJsonText() throws IOException {
        // Four bytes that Jackson takes for the start of UTF-32 in an order no one writes.
        Path file = Files.write(folder.resolve("ucs4.geojson"), new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'});

        assertThatThrownBy(() -> format.open(file, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("ucs4.geojson is not JSON text in UTF-8 (or UTF-16, UTF-32)");
    }

    @Test
    void jsonNestedBeyondJacksonsLimitIsRefusedAsMalformed() throws IOException {
        String deep = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":"
                + "[".repeat(1500) + "]".repeat(1500) + "},\"geometry\":null}]}";
        Path file = Files.writeString(folder.resolve("deep.geojson"), deep);

        try (FeatureReader reader = format.open(file, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("deep.geojson is not well-formed JSON at line 1")
                    .hasMessageContaining("nesting depth");
        }
    }

    @Test
    void propertiesThatAreNotAnObjectRejectTheFeatureAndTheNextIsRead() throws IOException {
        Path file = write("props.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "a", "properties": 5, "geometry": null},
                  {"type": "Feature", "id": "b", "properties": ["x"], "geometry": null},
                  {"type": "Feature", "id": "c", "properties": {"ten": "Thác"}, "geometry": null}
                ]}
                """);

        try (FeatureReader reader = format.open(file, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessage("has properties that are not a JSON object (null or {…})");
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("b");
            assertThat(reader.next().attributes()).containsEntry("ten", "Thác");
        }
    }

    @Test
    void anIdThatIsNeitherAStringNorANumberRejectsTheFeatureByItsPosition() throws IOException {
        Path file = write("ids.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": {"ma": 1}, "properties": {}, "geometry": null},
                  {"type": "Feature", "id": 7, "properties": {}, "geometry": null},
                  {"type": "Feature", "id": " ", "properties": {}, "geometry": null}
                ]}
                """);

        try (FeatureReader reader = format.open(file, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessage("has an id that is neither a string nor a number")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("#1");
            assertThat(reader.next().externalId()).isEqualTo("7");
            assertThat(reader.next().externalId()).as("a blank id is no id").isNull();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
