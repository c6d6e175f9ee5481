package org.geoparks.importer.source.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * TCVN 5712:1993 VN3, the "TCVN3" or "ABC" encoding of the {@code .VnTime} fonts, in which
 * Vietnamese agencies kept their text (and their old {@code .dbf} files) before Unicode.
 *
 * <p>VN3 is ASCII plus 75 characters in 0xA0–0xFE: the no-break space, the seven capitals without
 * tone marks (Ă Â Ê Ô Ơ Ư Đ) and the 67 lowercase letters with their marks. Capitals with tone
 * marks are not in VN3: their writers switched to an all-capitals font ({@code .VnTimeH}) and
 * typed the lowercase codes, so such text decodes as lowercase; nothing in the bytes says
 * otherwise. The other bytes above 0x7F are unassigned: they decode as malformed input, never as
 * a guess. Decoded text is precomposed (NFC).
 */
final class Tcvn3Charset extends Charset {

    static final String NAME = "TCVN3";
    static final String[] ALIASES = {"ABC", "TCVN-5712", "TCVN5712-3", "VN3", "VSCII-3"};

    private static final char UNASSIGNED = '\uFFFF';
    private static final char[] DECODE = new char[128];
    private static final byte[] ENCODE = new byte[0x1F00];

    static {
        java.util.Arrays.fill(DECODE, UNASSIGNED);
        // The table of TCVN 5712:1993 VN3, by runs of consecutive codes.
        run(0xA0, "\u00A0ĂÂÊÔƠƯĐăâêôơưđ");
        run(0xB5, "àảãáạ");
        run(0xBB, "ằẳẵắ");
        run(0xC6, "ặầẩẫấậè");
        run(0xCE, "ẻẽéẹềểễếệìỉ");
        run(0xDC, "ĩíịò");
        run(0xE1, "ỏõóọồổỗốộờởỡớợù");
        run(0xF1, "ủũúụừửữứựỳỷỹýỵ");
    }

    private static void run(int firstByte, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            DECODE[firstByte + i - 0x80] = c;
            ENCODE[c] = (byte) (firstByte + i);
        }
    }

    Tcvn3Charset() {
        super(NAME, ALIASES);
    }

    /** The character of a byte above 0x7F, or U+FFFF where VN3 assigns none. */
    static char charOf(int unsignedByte) {
        return unsignedByte < 0x80 ? (char) unsignedByte : DECODE[unsignedByte - 0x80];
    }

    /** Whether VN3 assigns this byte (every ASCII byte, and 75 above). */
    static boolean isAssigned(int unsignedByte) {
        return charOf(unsignedByte) != UNASSIGNED;
    }

    @Override
    public boolean contains(Charset cs) {
        return cs.equals(this) || cs.equals(StandardCharsets.US_ASCII);
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1f, 1f) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    int mark = in.position();
                    char c = charOf(in.get() & 0xFF);
                    if (c == UNASSIGNED) {
                        in.position(mark);
                        return CoderResult.unmappableForLength(1);
                    }
                    out.put(c);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1f, 1f) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    int mark = in.position();
                    char c = in.get();
                    if (c < 0x80 || (c < ENCODE.length && ENCODE[c] != 0)) {
                        if (!out.hasRemaining()) {
                            in.position(mark);
                            return CoderResult.OVERFLOW;
                        }
                        out.put(c < 0x80 ? (byte) c : ENCODE[c]);
                        continue;
                    }
                    if (Character.isHighSurrogate(c)) {
                        if (!in.hasRemaining()) {
                            in.position(mark);
                            return CoderResult.UNDERFLOW;
                        }
                        boolean pair = Character.isLowSurrogate(in.get());
                        in.position(mark);
                        return pair ? CoderResult.unmappableForLength(2) : CoderResult.malformedForLength(1);
                    }
                    in.position(mark);
                    return Character.isLowSurrogate(c) ? CoderResult.malformedForLength(1) : CoderResult.unmappableForLength(1);
                }
                return CoderResult.UNDERFLOW;
            }

            @Override
            public boolean canEncode(char c) {
                return c < 0x80 || (c < ENCODE.length && ENCODE[c] != 0);
            }
        };
    }
}
