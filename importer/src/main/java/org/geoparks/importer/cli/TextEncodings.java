package org.geoparks.importer.cli;

import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;

/** Text encodings by the names people give them. */
final class TextEncodings {

    private TextEncodings() {
    }

    static Charset forName(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
            throw new IllegalArgumentException("unknown text encoding '" + name + "' (e.g. UTF-8, windows-1258)");
        }
    }
}
