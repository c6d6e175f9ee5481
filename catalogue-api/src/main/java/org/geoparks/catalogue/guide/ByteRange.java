package org.geoparks.catalogue.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to answer to a Range header (RFC 9110, 14) for a representation of {@code size} bytes:
 * the whole (200), one range (206), or nothing satisfiable (416). Decisions, in one place:
 * <ul>
 *   <li>a unit other than {@code bytes}, or a Range whose If-Range does not match, is ignored: 200;</li>
 *   <li>several ranges are answered with the whole representation (200), which RFC 9110 allows:
 *       players seek with one range, and a multipart answer would buy them nothing;</li>
 *   <li>a malformed byte range, one whose end comes before its start, one that starts past the
 *       end, and a zero-length suffix are not satisfiable: 416;</li>
 *   <li>a range running past the end is cut at the end; a suffix longer than the file is the file.</li>
 * </ul>
 */
record ByteRange(Kind kind, long start, long end) {

    enum Kind { WHOLE, PARTIAL, UNSATISFIABLE }

    private static final Pattern SPEC = Pattern.compile("^(\\d*)-(\\d*)$");

    static ByteRange whole() {
        return new ByteRange(Kind.WHOLE, 0, -1);
    }

    static ByteRange decide(String range, String ifRange, String etag, long size) {
        if (range == null || range.isBlank()) {
            return whole();
        }
        if (ifRange != null && !ifRange.strip().equals(etag)) {
            return whole(); // the client's copy is another version: it gets the whole of this one
        }
        String value = range.strip();
        int eq = value.indexOf('=');
        if (eq < 0) {
            return unsatisfiable();
        }
        if (!value.substring(0, eq).strip().equalsIgnoreCase("bytes")) {
            return whole();
        }
        String specs = value.substring(eq + 1).strip();
        if (specs.contains(",")) {
            return whole();
        }
        Matcher m = SPEC.matcher(specs.replace(" ", ""));
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return unsatisfiable();
        }
        try {
            if (m.group(1).isEmpty()) { // suffix: the last N bytes
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    return unsatisfiable();
                }
                return new ByteRange(Kind.PARTIAL, Math.max(0, size - suffix), size - 1);
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
            if (end < start || start >= size) {
                return unsatisfiable();
            }
            return new ByteRange(Kind.PARTIAL, start, Math.min(end, size - 1));
        } catch (NumberFormatException tooLong) {
            return unsatisfiable();
        }
    }

    private static ByteRange unsatisfiable() {
        return new ByteRange(Kind.UNSATISFIABLE, 0, -1);
    }

    long length() {
        return end - start + 1;
    }

    String contentRange(long size) {
        return kind == Kind.PARTIAL ? "bytes " + start + "-" + end + "/" + size : "bytes */" + size;
    }
}
