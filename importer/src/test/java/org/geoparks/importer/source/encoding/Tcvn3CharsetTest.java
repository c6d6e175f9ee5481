package org.geoparks.importer.source.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class Tcvn3CharsetTest {

    private static final Charset TCVN3 = Charset.forName("TCVN3");

    @Test
    void isFoundByNameAndAliasesThroughTheCharsetProvider() {
        assertThat(Charset.forName("TCVN3").name()).isEqualTo("TCVN3");
        assertThat(Charset.forName("ABC")).isEqualTo(TCVN3);
        assertThat(Charset.forName("TCVN-5712")).isEqualTo(TCVN3);
        assertThat(Charset.forName("tcvn3")).isEqualTo(TCVN3);
    }

    @Test
    void encodesCaoBangNamesWithTheBytesOfTcvn5712Vn3() {
        byte[] bytes = "Thác Bản Giốc, Đàm Thủy, Trùng Khánh".getBytes(TCVN3);

        // á B8, ả B6, ố E8, Đ A7, à B5, ủ F1, ù EF: the VN3 table of TCVN 5712:1993.
        assertThat(HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes))
                .isEqualTo("54 68 B8 63 20 42 B6 6E 20 47 69 E8 63 2C 20 A7 B5 6D 20 54 68 F1 79 2C 20 54 72 EF 6E 67 20 4B 68 B8 6E 68");
        assertThat(new String(bytes, TCVN3)).isEqualTo("Thác Bản Giốc, Đàm Thủy, Trùng Khánh");
    }

    @Test
    void roundTripsEveryLowercaseVietnameseLetterAndTheSevenCapitals() throws CharacterCodingException {
        List<String> letters = new ArrayList<>();
        // Built by composition, independently of the table: 12 vowels × 6 tones, đ, and Ă Â Ê Ô Ơ Ư Đ.
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String tone : List.of("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.addAll(List.of("đ", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"));
        String all = String.join("", letters);

        assertThat(all.codePoints().count()).isEqualTo(80);
        byte[] encoded = TCVN3.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(all)).array();
        assertThat(encoded).hasSize(80);
        assertThat(strictly(encoded)).isEqualTo(all);
        // 60 toned letters, 7 lowercase and 7 capital base letters and the no-break space: 75 codes above 0x7F.
        long high = 0;
        for (int b = 0x80; b <= 0xFF; b++) {
            if (isDecodable((byte) b)) {
                high++;
            }
        }
        assertThat(high).isEqualTo(75);
    }

    @Test
    void bytesThatVn3DoesNotAssignAreMalformedNotGuessed() {
        assertThatThrownBy(() -> strictly(new byte[] {'a', (byte) 0x80}))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> strictly(new byte[] {(byte) 0xB0}))
                .isInstanceOf(CharacterCodingException.class);
        assertThat(new String(new byte[] {'a', (byte) 0x80}, TCVN3)).isEqualTo("a\uFFFD");
    }

    @Test
    void capitalsWithToneMarksAreNotInVn3() {
        // Their writers used an all-capitals font with the lowercase codes.
        assertThat(TCVN3.newEncoder().canEncode('Ấ')).isFalse();
        assertThat(TCVN3.newEncoder().canEncode('ấ')).isTrue();
        assertThat("Ấ".getBytes(TCVN3)).containsExactly('?');
    }

    @Test
    void asciiIsUnchanged() {
        String ascii = "Non Nuoc Cao Bang 2024, lon=106.72;lat=22.85\r\n";
        assertThat(ascii.getBytes(TCVN3)).isEqualTo(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static String strictly(byte[] bytes) throws CharacterCodingException {
        return TCVN3.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean isDecodable(byte b) {
        try {
            strictly(new byte[] {b});
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
