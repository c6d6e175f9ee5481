package org.geoparks.catalogue.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile {@code f} parameters and Accept headers: a format is chosen, or {@code f} is refused
 * with {@link InvalidParameterException}; a malformed Accept header never fails a request. The
 * build runs the committed inputs; {@code bench/fuzz.sh} fuzzes (docs/reliability.md).
 */
@Timeout(30)
class OutputFormatFuzzTest {

    private static final int MAX_INPUT = 4096;

    /** The input is the {@code f} parameter on its first line (an empty line: none) and the Accept header on the rest. */
    @FuzzTest
    @DictionaryEntries({"json", "geojson", "html", "jsonld", "application/", "text/", "+json", "ld+json", "geo+json", "*/*", ";q=",
            "0.", ",", ";", "\"", "charset=", "profile="})
    void anyFormatRequestChoosesAFormatOrRefusesF(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String f = newline < 0 ? text : text.substring(0, newline);
        String accept = newline < 0 ? null : text.substring(newline + 1);
        for (OutputFormat data : new OutputFormat[] {OutputFormat.GEOJSON, OutputFormat.JSON}) {
            try {
                assertThat(OutputFormat.negotiate(f.isEmpty() ? null : f, accept, data)).isNotNull();
            } catch (InvalidParameterException refused) {
                assertThat(f).isNotEmpty();
                assertThat(refused.parameter()).isEqualTo("f");
            }
        }
    }
}
