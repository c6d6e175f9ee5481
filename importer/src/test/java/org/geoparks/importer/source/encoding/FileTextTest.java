package org.geoparks.importer.source.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.geoparks.importer.source.UnreadableFileException;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void windows1258TextComesOutPrecomposed() {
        Charset cp1258 = Charset.forName("windows-1258");
        // As Windows writes it: ô precomposed, tone marks as combining characters (0xEC acute, 0xD2 hook above).
        byte[] bytes = "Tha\u0301c Ba\u0309n Gi\u00F4\u0301c".getBytes(cp1258);
        assertThat(bytes).contains((byte) 0xEC, (byte) 0xD2, (byte) 0xF4);

        String text = FileText.optionOrUtf8("signs.csv", cp1258).decode(bytes, "line 2");

        assertThat(text).isEqualTo("Thác Bản Giốc");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void tcvn3BytesReadAsUtf8AreRefusedWithTheWayToReadThem() {
        byte[] tcvn3 = "Thác Bản Giốc".getBytes(LegacyVietnamese.tcvn3());

        assertThatThrownBy(() -> FileText.optionOrUtf8("diem.dbf", null).decode(tcvn3, "record 1, field TEN"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("diem.dbf, record 1, field TEN")
                .hasMessageContaining("looks TCVN3-encoded")
                .hasMessageContaining("re-run with --encoding TCVN3");
    }

    @Test
    void tcvn3TextUnderAWrongCpgSaysToCorrectTheCpg() {
        byte[] tcvn3 = "Thác Bản Giốc".getBytes(LegacyVietnamese.tcvn3());

        assertThatThrownBy(() -> FileText.declared("diem.dbf", Charset.forName("windows-1252"), "diem.cpg", "1252").decode(tcvn3, "record 1, field TEN"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("diem.cpg says '1252'")
                .hasMessageContaining("correct diem.cpg to say TCVN3");
    }

    @Test
    void tcvn3ConvertedToUtf8AsIfLatin1IsRefused() {
        String mojibake = new String("Thác Bản Giốc".getBytes(LegacyVietnamese.tcvn3()), StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FileText.optionOrUtf8("signs.csv", null).check(mojibake, "line 2"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("converted to Unicode as if it were Latin-1");
    }

    @Test
    void invalidUtf8ThatIsNotTcvn3AsksForTheEncoding() {
        byte[] latin1 = "Größe".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FileText.optionOrUtf8("signs.csv", null).decode(latin1, "line 7"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("signs.csv, line 7: the text is not valid UTF-8")
                .hasMessageContaining("--encoding");
    }

    @Test
    void tcvn3TextReadAsTcvn3IsNotSuspected() {
        byte[] tcvn3 = "Thác Bản Giốc".getBytes(LegacyVietnamese.tcvn3());

        assertThat(FileText.optionOrUtf8("diem.dbf", LegacyVietnamese.tcvn3()).decode(tcvn3, "record 1")).isEqualTo("Thác Bản Giốc");
    }
}
