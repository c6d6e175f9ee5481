package org.geoparks.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEncodingsTest {

    @Test
    void knowsTheLegacyVietnameseEncodingByItsUsualNames() {
        assertThat(TextEncodings.forName("TCVN3").name()).isEqualTo("TCVN3");
        assertThat(TextEncodings.forName("ABC").name()).isEqualTo("TCVN3");
        assertThat(TextEncodings.forName("windows-1258").name()).isEqualTo("windows-1258");
    }
}
