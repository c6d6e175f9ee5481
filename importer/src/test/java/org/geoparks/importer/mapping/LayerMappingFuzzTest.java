package org.geoparks.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile mapping files: whatever the bytes, a mapping is read or refused with
 * {@link LayerMapping.MappingException} and a message; nothing else. The build runs the inputs
 * committed under {@code LayerMappingFuzzTestInputs}; bench/fuzz.sh fuzzes (docs/reliability.md).
 */
@Timeout(60)
class LayerMappingFuzzTest {

    private static final int MAX_INPUT = 1 << 16;

    @FuzzTest
    @DictionaryEntries({"layer:", "id:", "fields:", "column:", "split:", "value:", "{", "}", "[", "]", ": ", "- ", "~", "null", "&a", "*a",
            "!!binary", "!!set", "? ", "<<:"})
    void anyMappingFileIsReadOrRefused(byte[] input) throws IOException {
        if (input.length > MAX_INPUT) {
            return;
        }
        LayerMapping mapping;
        try {
            mapping = LayerMapping.read(new ByteArrayInputStream(input), "mapping.yaml");
        } catch (LayerMapping.MappingException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(mapping.fields()).isNotNull().doesNotContainValue(null);
    }
}
