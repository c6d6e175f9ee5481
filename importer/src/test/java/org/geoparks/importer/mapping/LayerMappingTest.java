package org.geoparks.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LayerMappingTest {

    private static LayerMapping read(String yaml) throws IOException {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static LayerMapping read(byte[] yaml) throws IOException {
        return LayerMapping.read(new ByteArrayInputStream(yaml), "mapping.yaml");
    }

    @Test
    void readsColumnsPerLanguageSplitsAndConstants() throws IOException {
        LayerMapping mapping = read("""
                layer: signs
                id: ma
                fields:
                  kind: loai
                  text: { vi: text_vi, en: text_en }
                  languages: { column: ngon_ngu, split: ";" }
                  park: { value: lang-son }
                """);

        assertThat(mapping.layer()).isEqualTo("signs");
        assertThat(mapping.idColumn()).isEqualTo("ma");
        assertThat(mapping.fields()).containsEntry("kind", new FieldSource.Column("loai"))
                .containsEntry("languages", new FieldSource.Split("ngon_ngu", ";"))
                .containsEntry("park", new FieldSource.Constant("lang-son"));
    }

    @Test
    void aColumnEntryThatNamesNoColumnIsRefused() {
        assertThatThrownBy(() -> read("fields:\n  languages: { column }\n"))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessage("mapping.yaml: field 'languages' says {column: …} but names no column");
        assertThatThrownBy(() -> read("fields:\n  languages: { column: [a, b] }\n"))
                .isInstanceOf(LayerMapping.MappingException.class);
    }

    @Test
    void aLanguageThatNamesNoColumnIsRefused() {
        assertThatThrownBy(() -> read("fields:\n  text: { vi: text_vi, en: }\n"))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessage("mapping.yaml: field 'text', language 'en' names no column");
        assertThatThrownBy(() -> read("fields:\n  text: {}\n"))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessageContaining("maps to an empty object");
    }

    @Test
    void aLayerOrIdThatIsAListIsRefused() {
        assertThatThrownBy(() -> read("layer: [signs, places]\n"))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessage("mapping.yaml: 'layer' must be a single name, not a list or an object");
    }

    @Test
    void aMappingThatIsNotUtf8IsRefusedRatherThanReadWithReplacementCharacters() {
        byte[] windows1258 = {'l', 'a', 'y', 'e', 'r', ':', ' ', 's', 'i', 'g', 'n', 's', '\n', 'i', 'd', ':', ' ', 'm', (byte) 0xE3, '\n'};

        assertThatThrownBy(() -> read(windows1258))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessage("mapping.yaml is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void aTypeTagThatDoesNotFitItsValueIsRefused() {
        assertThatThrownBy(() -> read("layer: signs\nfields: !!set places\n"))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessage("mapping.yaml has a value with an explicit YAML type (such as !!set, !!binary or !!int) that does not fit it");
    }

    @Test
    void yamlThatIsNotWellFormedIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("layer: signs\nfields: {a: b\n"))
                .isInstanceOf(LayerMapping.MappingException.class)
                .hasMessageStartingWith("mapping.yaml is not valid YAML at line 3");
    }
}
