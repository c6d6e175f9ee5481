package org.geoparks.catalogue.route;

import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;
import org.locationtech.jts.geom.Geometry;

/**
 * A route as a file or a form describes it, checked against the catalogue's rules. Its length is
 * not part of it: the database measures the line.
 *
 * @param stops         the ids of the places visited, in order; a place may come back (a loop)
 * @param durationHours how long the route takes, if known
 * @param seasons       the best months, 1 (January) to 12; kept sorted and without repeats
 */
public record RouteDraft(
        String id,
        String parkId,
        LocalizedText name,
        LocalizedText description,
        List<String> transliterated,
        RouteMode mode,
        Difficulty difficulty,
        Double durationHours,
        List<String> themes,
        List<Integer> seasons,
        GeometryQuality geometryQuality,
        Geometry geometry,
        List<String> stops,
        List<String> sources) {

    public RouteDraft {
        Require.id("id", id);
        Require.id("park", parkId);
        Require.text("name", name);
        description = Require.optional(description);
        transliterated = Require.languages("transliterated", transliterated);
        Require.present("mode", mode);
        Require.present("difficulty", difficulty);
        if (durationHours != null && !(durationHours > 0 && Double.isFinite(durationHours))) {
            throw new InvalidRecordException("duration_hours", durationHours + " is not a duration: give the hours as a positive number, or leave it out");
        }
        themes = Require.list(themes);
        seasons = months(seasons);
        Require.present("geometry_quality", geometryQuality);
        geometry = Geometries.requireValid("geometry", geometry, Geometries.LINE);
        stops = stops(stops);
        sources = Require.list(sources);
    }

    private static List<Integer> months(List<Integer> seasons) {
        if (seasons == null) {
            return List.of();
        }
        for (Integer month : seasons) {
            if (month == null || month < 1 || month > 12) {
                throw new InvalidRecordException("seasons", month + " is not a month: seasons are month numbers from 1 (January) to 12 (December)");
            }
        }
        return seasons.stream().distinct().sorted().toList();
    }

    private static List<String> stops(List<String> stops) {
        if (stops == null || stops.isEmpty()) {
            throw new InvalidRecordException("stops", "a route needs at least one stop: list the ids of the places it visits, in order");
        }
        for (int i = 0; i < stops.size(); i++) {
            Require.id("stops[" + (i + 1) + "]", stops.get(i));
        }
        return List.copyOf(stops);
    }
}
