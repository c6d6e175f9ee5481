package org.geoparks.importer.source.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.geoparks.importer.source.UnreadableFileException;

/**
 * The text of one file in the encoding chosen for it, decoded strictly: bytes that are not valid in
 * that encoding, and text that looks like TCVN3 read with another encoding, make the file
 * unreadable with a message that says how to read it; nothing becomes a replacement character.
 * Decoded text is precomposed (NFC): Windows-1258 decodes to base letters and combining marks.
 */
public final class FileText {

    /** Where the encoding came from, which decides what the user is told to change. */
    public enum Origin {
        /** The file says (a Shapefile's .cpg). */
        DECLARED,
        /** The user said, with --encoding. */
        OPTION,
        /** Nobody said: UTF-8. */
        DEFAULT
    }

    private final String file;
    private final Charset charset;
    private final Origin origin;
    private final String declaringFile;
    private final String declaration;
    private final CharsetDecoder decoder;

    private FileText(String file, Charset charset, Origin origin, String declaringFile, String declaredName) {
        this.file = file;
        this.charset = charset;
        this.origin = origin;
        this.declaringFile = declaringFile;
        this.declaration = declaringFile == null ? null : declaringFile + " says '" + declaredName + "'";
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Text in UTF-8 unless the user said otherwise. */
    public static FileText optionOrUtf8(String file, Charset option) {
        return option != null
                ? new FileText(file, option, Origin.OPTION, null, null)
                : new FileText(file, StandardCharsets.UTF_8, Origin.DEFAULT, null, null);
    }

    /** Text in the encoding a companion file declares, e.g. a Shapefile's .cpg saying "1258". */
    public static FileText declared(String file, Charset charset, String declaringFile, String declaredName) {
        return new FileText(file, charset, Origin.DECLARED, declaringFile, declaredName);
    }

    public Origin origin() {
        return origin;
    }

    public Charset charset() {
        return charset;
    }

    /** The text of these bytes; {@code where} names the place for messages ("record 3, field TEN"). */
    public String decode(byte[] bytes, String where) {
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(where, bytes);
        }
        return check(text, where);
    }

    /** Text already decoded with {@link #charset()}: refused if it looks TCVN3, else NFC. */
    public String check(String text, String where) {
        if (text != null && !LegacyVietnamese.isTcvn3(charset) && LegacyVietnamese.looksLikeTcvn3(text)) {
            if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-")) {
                throw new UnreadableFileException("%s, %s: the text \"%s\" looks like TCVN3 (legacy Vietnamese) converted to Unicode as if it were Latin-1; convert the file's text from TCVN3 to Unicode (e.g. with UniKey's converter) and import it again"
                        .formatted(file, where, sample(text)));
            }
            throw new UnreadableFileException("%s, %s: the text \"%s\" looks TCVN3-encoded (legacy Vietnamese), not %s%s; %s"
                    .formatted(file, where, sample(text), charset.name(), originText(), fix()));
        }
        return nfc(text);
    }

    /** The refusal for bytes that are not valid in the encoding; {@code bytes} may be null when unknown. */
    public UnreadableFileException invalid(String where, byte[] bytes) {
        if (bytes != null && !LegacyVietnamese.isTcvn3(charset) && LegacyVietnamese.looksLikeTcvn3(new String(bytes, StandardCharsets.ISO_8859_1))) {
            return new UnreadableFileException("%s, %s: the text looks TCVN3-encoded (legacy Vietnamese; read as Latin-1 it is \"%s\"), not %s%s; %s"
                    .formatted(file, where, sample(new String(bytes, StandardCharsets.ISO_8859_1)), charset.name(), originText(), fix()));
        }
        String advice = origin == Origin.DECLARED
                ? declaration + ": correct it, or delete it and give the encoding with --encoding (e.g. windows-1258, TCVN3)"
                : "give the file's encoding with --encoding (e.g. windows-1258, TCVN3)";
        return new UnreadableFileException("%s, %s: the text is not valid %s%s; %s".formatted(file, where, charset.name(), originText(), advice));
    }

    private String originText() {
        return switch (origin) {
            case DECLARED -> " (" + declaration + ")";
            case OPTION -> " (given with --encoding)";
            case DEFAULT -> " (read as UTF-8, the default)";
        };
    }

    private String fix() {
        return origin == Origin.DECLARED
                ? "correct " + declaringFile + " to say TCVN3, or delete it and " + LegacyVietnamese.RERUN_ADVICE
                : LegacyVietnamese.RERUN_ADVICE;
    }

    /** Some forty characters of the text around its first non-ASCII character, where the trouble is. */
    private static String sample(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        int first = 0;
        while (first < line.length() && line.charAt(first) < 0x80) {
            first++;
        }
        int start = first == line.length() ? 0 : Math.max(0, first - 15);
        int end = Math.min(line.length(), start + 40);
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }

    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
