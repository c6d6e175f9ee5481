package org.geoparks.importer.source.narration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrationScriptsFormatTest {

    @TempDir
    Path folder;

    private final NarrationScriptsFormat format = new NarrationScriptsFormat();

    @Test
    void aScriptIsReadWithItsPlaceAsItsId() throws IOException {
        write("cb-coc-bo.yaml", "place: cb-coc-bo-cave\nnarrations:\n  vi: {text: Hang Cốc Bó}\n".getBytes(StandardCharsets.UTF_8));

        try (FeatureReader reader = format.open(folder, ReadOptions.defaults())) {
            assertThat(reader.next().externalId()).isEqualTo("cb-coc-bo-cave");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aControlCharacterRejectsTheScriptWithTheCharacterAndTheNextScriptIsRead() throws IOException {
        write("a-bad.yaml", "place: a\nnarrations: \u0008\n".getBytes(StandardCharsets.UTF_8));
        write("b-good.yaml", "place: b\n".getBytes(StandardCharsets.UTF_8));

        try (FeatureReader reader = format.open(folder, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessage("has the character U+0008 at character 22, which YAML does not allow in a file")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("a-bad.yaml");
            assertThat(reader.next().externalId()).isEqualTo("b");
        }
    }

    @Test
    void aScriptThatIsNotUtf8IsRejectedWithWhatToDo() throws IOException {
        // "Thác" in Windows-1258: 0xE1 alone is not UTF-8.
        write("latin.yaml", new byte[] {'p', 'l', 'a', 'c', 'e', ':', ' ', 'T', 'h', (byte) 0xE1, 'c', '\n'});

        try (FeatureReader reader = format.open(folder, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessage("is not UTF-8 text; save it as UTF-8");
        }
    }

    @Test
    void aTypeTagThatDoesNotFitItsValueRejectsTheScript() throws IOException {
        write("a-set.yaml", "place: !!set cb-coc-bo-cave\n".getBytes(StandardCharsets.UTF_8));
        write("b-binary.yaml", "place: b\naudio: !!binary ((not base64))\n".getBytes(StandardCharsets.UTF_8));

        try (FeatureReader reader = format.open(folder, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessage("has a value with an explicit YAML type (such as !!set, !!binary or !!int) that does not fit it");
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("b-binary.yaml");
        }
    }

    @Test
    void yamlThatIsNotWellFormedIsRejectedWithItsLine() throws IOException {
        write("broken.yaml", "place: a\nnarrations: [vi\n".getBytes(StandardCharsets.UTF_8));

        try (FeatureReader reader = format.open(folder, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageStartingWith("is not valid YAML at line 3");
        }
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve(name), bytes);
    }
}
