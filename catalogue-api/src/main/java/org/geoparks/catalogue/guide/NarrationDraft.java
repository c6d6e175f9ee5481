package org.geoparks.catalogue.guide;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.Require;

/**
 * The audio-guide narration of a place, or of one stop of a route, in one language, as a scripts
 * file or a form describes it, checked against the catalogue's rules. Its id is derived:
 * {@code <place-id>--<language>}, the language in lower case ({@code cb-ban-gioc-waterfall--zh-hans}),
 * or {@code <route-id>--stop-<position>--<language>} for a stop.
 *
 * @param placeId        the place it is told at; null for a stop's narration
 * @param routeId        with {@code stopPosition}, the stop it is told at; null for a place's narration
 * @param stopPosition   the stop's position on the route, from 1
 * @param language       a BCP 47 tag, kept in canonical case ({@code zh-Hans})
 * @param transcript     what the recording says; its script until a recording says otherwise
 * @param triggerRadiusM how close (in metres) a visitor must come for the guide to start it
 */
public record NarrationDraft(
        String placeId,
        String routeId,
        Integer stopPosition,
        String language,
        String title,
        String script,
        String transcript,
        Integer triggerRadiusM,
        List<String> sources) {

    public static final int DEFAULT_TRIGGER_RADIUS_M = 100;

    // What the schema accepts: language, script and region subtags; no extensions (en-u-…).
    private static final Pattern STORABLE_TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,159}$");

    /** The narration of a place. */
    public NarrationDraft(String placeId, String language, String title, String script, String transcript,
                          Integer triggerRadiusM, List<String> sources) {
        this(placeId, null, null, language, title, script, transcript, triggerRadiusM, sources);
    }

    public NarrationDraft {
        if (routeId == null && stopPosition == null) {
            Require.id("place", placeId);
        } else if (placeId != null) {
            throw new InvalidRecordException("place", "a narration is told at a place or at a route's stop, not both");
        } else {
            Require.id("route", routeId);
            if (stopPosition == null || stopPosition < 1) {
                throw new InvalidRecordException("stop_position", "a stop's narration names the stop's position on the route, from 1");
            }
        }
        language = storableLanguage(language);
        title = required("title", title);
        script = required("script", script);
        transcript = transcript == null || transcript.isBlank() ? script : transcript.strip();
        triggerRadiusM = triggerRadiusM == null ? DEFAULT_TRIGGER_RADIUS_M : triggerRadiusM;
        if (triggerRadiusM < 5 || triggerRadiusM > 5000) {
            throw new InvalidRecordException("trigger_radius_m", triggerRadiusM
                    + " m is outside 5–5000 m: below 5 m a phone's position cannot tell, beyond 5 km it is not this place");
        }
        sources = Require.list(sources);
        String id = placeId != null ? idOf(placeId, language) : idOfStop(routeId, stopPosition, language);
        if (!ID.matcher(id).matches()) {
            throw new InvalidRecordException(placeId != null ? "place" : "route", "the narration id '" + id + "' is longer than 160 characters");
        }
    }

    /** The catalogue id of the narration of a place in a language. */
    public static String idOf(String placeId, String language) {
        return placeId + "--" + language.toLowerCase(Locale.ROOT);
    }

    /** The catalogue id of the narration of a route's stop in a language. */
    public static String idOfStop(String routeId, int stopPosition, String language) {
        return routeId + "--stop-" + stopPosition + "--" + language.toLowerCase(Locale.ROOT);
    }

    public String id() {
        return placeId != null ? idOf(placeId, language) : idOfStop(routeId, stopPosition, language);
    }

    private static String storableLanguage(String tag) {
        String canonical;
        try {
            canonical = LanguageTag.canonical(tag);
        } catch (LanguageTag.InvalidLanguageTagException e) {
            throw new InvalidRecordException("language", e.getMessage());
        }
        if (!STORABLE_TAG.matcher(canonical).matches()) {
            throw new InvalidRecordException("language", "'" + tag + "' has extensions the catalogue does not keep; "
                    + "use language, script and region only (e.g. vi, en, zh-Hans)");
        }
        return canonical;
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRecordException(field, "is required");
        }
        return text.strip();
    }
}
