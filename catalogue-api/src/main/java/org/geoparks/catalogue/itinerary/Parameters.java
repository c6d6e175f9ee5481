package org.geoparks.catalogue.itinerary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.support.InvalidParameterException;

/**
 * Reading the operators' API query parameters: each refusal says what to send instead. The one
 * place for numbers, positions, boxes and dates of this API.
 */
final class Parameters {

    private final Map<String, String[]> given;

    Parameters(Map<String, String[]> given, Set<String> allowed) {
        this.given = given;
        for (Map.Entry<String, String[]> p : given.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw new InvalidParameterException(p.getKey(), "unknown query parameter '" + p.getKey() + "'; this resource accepts "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            if (p.getValue().length > 1) {
                throw new InvalidParameterException(p.getKey(), "the parameter '" + p.getKey() + "' is given more than once; give it once");
            }
        }
    }

    /** The value, stripped; null when absent or empty. */
    String text(String name) {
        String[] values = given.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        return values[0].strip();
    }

    /** A positive finite number, or null when absent. */
    Double positive(String name, String unitExample) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        double d = number(name, value, unitExample);
        if (!(d > 0)) {
            throw new InvalidParameterException(name, name + " must be a positive number (" + unitExample + "), not " + value);
        }
        return d;
    }

    /** A whole number within bounds, or the default. */
    int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int i = Integer.parseInt(value);
            if (i < min || i > max) {
                throw new InvalidParameterException(name, name + " must be between " + min + " and " + max + ", not " + value);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number between " + min + " and " + max + ", not '" + value + "'");
        }
    }

    /** A distance in metres, above 0 and at most {@code max}; the default when absent. */
    double metres(String name, double defaultValue, double max) {
        Double d = positive(name, "metres, e.g. " + name + "=2000");
        if (d == null) {
            return defaultValue;
        }
        if (d > max) {
            throw new InvalidParameterException(name, name + " may be at most " + Math.round(max) + " m, not " + text(name));
        }
        return d;
    }

    /**
     * A position given latitude first ({@code near=22.85,106.72}), as maps and phones show it;
     * longitude first is recognised when the first number cannot be a latitude.
     */
    LatLon position(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        String example = name + "=22.85,106.72 (latitude, then longitude, in degrees)";
        if (parts.length != 2) {
            throw new InvalidParameterException(name, name + " is a latitude and a longitude separated by a comma, e.g. " + example + "; not '" + value + "'");
        }
        double lat = number(name, parts[0].strip(), example);
        double lon = number(name, parts[1].strip(), example);
        if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
            throw new InvalidParameterException(name, "'" + value + "' gives the longitude first: " + name + " is latitude first, e.g. "
                    + name + "=" + parts[1].strip() + "," + parts[0].strip());
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new InvalidParameterException(name, "'" + value + "' is not a position: latitude within ±90, longitude within ±180, e.g. " + example);
        }
        return new LatLon(lat, lon);
    }

    /** A box {@code west,south,east,north} in degrees (longitude, latitude), as OGC APIs take it. */
    double[] box(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String example = name + "=106.6,22.7,106.9,22.9 (west, south, east, north: longitudes and latitudes in degrees)";
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidParameterException(name, name + " takes four numbers, e.g. " + example + "; not '" + value + "'");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            b[i] = number(name, parts[i].strip(), example);
        }
        if (Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90) {
            boolean swapped = Math.abs(b[0]) <= 90 && Math.abs(b[2]) <= 90;
            throw new InvalidParameterException(name, "'" + value + "' has a latitude beyond ±90" + (swapped
                    ? ": the box is longitude first — west, south, east, north — e.g. " + name + "=" + parts[1].strip() + "," + parts[0].strip()
                    + "," + parts[3].strip() + "," + parts[2].strip() : "; e.g. " + example));
        }
        if (Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180) {
            throw new InvalidParameterException(name, "'" + value + "' has a longitude beyond ±180; e.g. " + example);
        }
        if (b[1] > b[3]) {
            throw new InvalidParameterException(name, "the box's south (" + parts[1].strip() + ") is north of its north (" + parts[3].strip() + "); e.g. " + example);
        }
        if (b[0] > b[2]) {
            throw new InvalidParameterException(name, "the box's west (" + parts[0].strip() + ") is east of its east (" + parts[2].strip() + "); e.g. " + example);
        }
        return b;
    }

    /** A calendar date (ISO 8601), or {@code defaultValue}. */
    LocalDate date(String name, LocalDate defaultValue) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw new InvalidParameterException(name, name + " must be a date between 1900 and 2200, not " + value);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " is a calendar date, e.g. " + name + "=2025-07-15; not '" + value + "'");
        }
    }

    /** One of a closed list of codes, or null when absent. */
    String code(String name, java.util.Collection<String> allowed) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            throw new InvalidParameterException(name, "'" + value + "' is not a " + name + " the catalogue knows; it knows "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
        return value;
    }

    private static double number(String name, String value, String example) {
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d) || value.matches(".*[a-zA-Z].*")) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + value + "' is not a number; " + name + " takes " + example);
        }
    }

    /** A position in degrees. */
    record LatLon(double lat, double lon) {
    }
}
