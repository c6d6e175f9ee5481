package org.geoparks.catalogue.guide;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a place's position is known, in metres, from its {@code position_precision} text:
 * {@code surveyed}, {@code ±10 m}, {@code ±1 km}. Unknown or unreadable texts give no number,
 * and a guide then treats the position as approximate.
 */
final class PositionPrecision {

    /** A surveyed point: the survey's error is well below a phone's. */
    static final double SURVEYED_M = 5;
    private static final Pattern PLUS_MINUS = Pattern.compile("^(?:±|\\+/-|\\+-)?\\s*(\\d+(?:[.,]\\d+)?)\\s*(m|km)$");

    private PositionPrecision() {
    }

    static OptionalDouble metres(String precision) {
        if (precision == null || precision.isBlank()) {
            return OptionalDouble.empty();
        }
        String text = precision.strip().toLowerCase(Locale.ROOT);
        if (text.equals("surveyed")) {
            return OptionalDouble.of(SURVEYED_M);
        }
        Matcher m = PLUS_MINUS.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1).replace(',', '.'));
        return OptionalDouble.of(m.group(2).equals("km") ? value * 1000 : value);
    }
}
