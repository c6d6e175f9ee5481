package org.geoparks.importer.source.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyVietnameseTest {

    @ParameterizedTest
    @ValueSource(strings = {"Thác Bản Giốc", "Đàm Thủy", "Trùng Khánh", "Công viên địa chất toàn cầu Non nước Cao Bằng", "Động Ngườm Ngao"})
    void recognisesTcvn3TextReadAsLatin1OrWindows1252(String vietnamese) {
        byte[] tcvn3 = vietnamese.getBytes(LegacyVietnamese.tcvn3());

        assertThat(LegacyVietnamese.looksLikeTcvn3(new String(tcvn3, StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(LegacyVietnamese.looksLikeTcvn3(new String(tcvn3, Charset.forName("windows-1252")))).isTrue();
        assertThat(LegacyVietnamese.looksLikeTcvn3(new String(tcvn3, Charset.forName("windows-1258")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thác Bản Giốc", "Ngọc Tuyền", "Café à l'église", "Größe des Höhlensystems", "25 °C, 5 µm, ½ km",
            "Coca-Cola® « citation »", "Mr. Smith's guide", "geo\u00ADpark", "Di sản thế giới Th¸c 世界遗产", ""})
    void leavesRealTextAlone(String text) {
        assertThat(LegacyVietnamese.looksLikeTcvn3(text)).isFalse();
    }
}
