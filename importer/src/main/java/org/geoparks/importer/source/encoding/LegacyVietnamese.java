package org.geoparks.importer.source.encoding;

import java.nio.charset.Charset;

/**
 * Recognises Vietnamese text in the legacy TCVN3 (ABC) encoding that was read with another
 * encoding. Read as Latin-1, Windows-125x or as characters of a UTF-8 file, TCVN3 text shows
 * symbols inside words: "Thác Bản Giốc" becomes "Th¸c B¶n Gièc", "Đàm" "§µm". Real text in those
 * encodings does not put ¸ ¶ µ ¹ ¾ ¬ § and their like between letters.
 */
public final class LegacyVietnamese {

    /** Tells the user how to re-run; readers put it in their refusals. */
    public static final String RERUN_ADVICE = "re-run with --encoding TCVN3";

    /** The TCVN3 capitals without tone marks, seen as Latin-1: ¡ ¢ £ ¤ ¥ ¦ §. */
    private static final char FIRST_CAPITAL = '\u00A1';
    private static final char LAST_CAPITAL = '\u00A7';

    private LegacyVietnamese() {
    }

    /** The TCVN3 encoding, also available as {@code Charset.forName("TCVN3")}. */
    public static Charset tcvn3() {
        return Tcvn3CharsetProvider.TCVN3;
    }

    public static boolean isTcvn3(Charset charset) {
        return charset != null && charset.name().equals(Tcvn3Charset.NAME);
    }

    /**
     * Whether text decoded as Latin-1, a Windows code page or UTF-8 looks like TCVN3 bytes: a TCVN3
     * letter that is a symbol in Latin-1 (one of ¡–¬ ® µ–¹ »–¾) inside a word, or a TCVN3 capital
     * (¡–§) starting one. Text with letters that no 8-bit decoding of TCVN3 can produce (Vietnamese
     * letters of U+1E00–U+1EFF, Chinese) is real Unicode text and never suspected.
     */
    public static boolean looksLikeTcvn3(String decodedAsLatin1OrUtf8) {
        String s = decodedAsLatin1OrUtf8;
        if (s == null || s.chars().anyMatch(c -> (c >= 0x1E00 && c <= 0x1EFF) || c >= 0x2E80)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSymbolLetter(c)) {
                continue;
            }
            boolean letterAfter = i + 1 < s.length() && isWordCharacter(s.charAt(i + 1));
            boolean letterBefore = i > 0 && isWordCharacter(s.charAt(i - 1));
            if (letterAfter && (letterBefore || (c >= FIRST_CAPITAL && c <= LAST_CAPITAL))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A TCVN3 letter whose byte is a symbol, not a letter, in Latin-1 and the Windows code pages. The
     * soft hyphen (ư) is left out: web text carries it inside words.
     */
    private static boolean isSymbolLetter(char c) {
        return (c >= '\u00A1' && c <= '\u00AC') || c == '\u00AE' || (c >= '\u00B5' && c <= '\u00B9') || (c >= '\u00BB' && c <= '\u00BE');
    }

    /** An ASCII letter or any character that is a TCVN3 letter's byte seen as Latin-1. */
    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u00A0' && c <= '\u00FF' && Tcvn3Charset.isAssigned(c));
    }
}
