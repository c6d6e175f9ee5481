package org.geoparks.catalogue.guide;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Whether a narration may start by itself when a visitor comes within its radius, or is only
 * offered on demand: the rule that keeps a guide from speaking of a cave two kilometres away.
 * Automatic only when the place's public position is known to better than the trigger radius;
 * never at a protected site (its public point is generalised by about a kilometre), nor at a
 * place still to be surveyed.
 *
 * @param reason a stable code a player can branch on; {@code explanation} says it to people
 */
record Trigger(Mode mode, int radiusM, Double positionUncertaintyM, String reason, String explanation) {

    static final String TO_BE_SURVEYED = "to-be-surveyed";

    enum Mode {
        AUTOMATIC, ON_DEMAND;

        @com.fasterxml.jackson.annotation.JsonValue
        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    boolean automatic() {
        return mode == Mode.AUTOMATIC;
    }

    static Trigger decide(String sensitivity, List<String> tags, String positionPrecision, boolean hasPublicPosition, int radiusM) {
        OptionalDouble uncertainty = PositionPrecision.metres(positionPrecision);
        Double metres = uncertainty.isPresent() ? uncertainty.getAsDouble() : null;
        if (sensitivity != null && !sensitivity.equals("public")) {
            return onDemand(radiusM, metres, "protected-site",
                    "The site is protected: its published position is deliberately approximate, so the narration is offered on demand, never started by position.");
        }
        if (!hasPublicPosition) {
            return onDemand(radiusM, metres, "no-position", "The place has no published position; the narration is offered on demand.");
        }
        if (tags != null && tags.contains(TO_BE_SURVEYED)) {
            return onDemand(radiusM, metres, TO_BE_SURVEYED,
                    "The place is known only to its commune until it is surveyed; the narration is offered on demand.");
        }
        if (metres == null) {
            return onDemand(radiusM, null, "precision-unknown",
                    "How well the position is known is not recorded; the narration is offered on demand.");
        }
        if (metres >= radiusM) {
            return onDemand(radiusM, metres, "position-approximate", String.format(Locale.ROOT,
                    "The position is known to ±%s, not better than the %d m trigger radius: the narration is offered on demand, not started by position.",
                    distance(metres), radiusM));
        }
        return new Trigger(Mode.AUTOMATIC, radiusM, metres, "position-good-enough", String.format(Locale.ROOT,
                "Starts when the visitor comes within %d m; the position is known to ±%s.", radiusM, distance(metres)));
    }

    private static Trigger onDemand(int radiusM, Double metres, String reason, String explanation) {
        return new Trigger(Mode.ON_DEMAND, radiusM, metres, reason, explanation);
    }

    private static String distance(double metres) {
        return metres >= 1000 ? String.format(Locale.ROOT, "%s km", trim(metres / 1000)) : String.format(Locale.ROOT, "%s m", trim(metres));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
