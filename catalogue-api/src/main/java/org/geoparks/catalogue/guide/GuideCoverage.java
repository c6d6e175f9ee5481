package org.geoparks.catalogue.guide;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table a park's managers work from: per place and language, whether there is a script, a
 * recording, only a synthesized draft, or nothing; and whether the place's position is good
 * enough for the narration to start by itself.
 */
@Component
class GuideCoverage {

    /** Where a place stands in one language. */
    enum Status {
        RECORDED("recorded"), SYNTHESIZED_ONLY("synthesized-only"), SCRIPT_ONLY("script-only"), MISSING("missing");

        final String code;

        Status(String code) {
            this.code = code;
        }
    }

    record Row(String placeId, String name, String language, Status status, boolean script, boolean recording,
               Boolean recordingMatchesScript, boolean synthesizedDraft, boolean automaticTrigger, String triggerReason,
               String positionPrecision, int triggerRadiusM) {
    }

    record Report(String parkId, List<String> languages, List<Row> rows, SpeechSynthesizer.Availability synthesis, int pendingDrafts) {

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            Set<String> places = new LinkedHashSet<>();
            Set<String> narrated = new LinkedHashSet<>();
            Map<String, Integer> withAudio = new LinkedHashMap<>();
            Set<String> automatic = new LinkedHashSet<>();
            Map<String, Map<String, Integer>> byLanguage = new LinkedHashMap<>();
            for (Row row : rows) {
                places.add(row.placeId());
                if (row.script()) {
                    narrated.add(row.placeId());
                    if (row.automaticTrigger()) {
                        automatic.add(row.placeId());
                    }
                }
                if (row.status() == Status.RECORDED || row.status() == Status.SYNTHESIZED_ONLY) {
                    withAudio.merge(row.placeId(), 1, Integer::sum);
                }
                Map<String, Integer> counts = byLanguage.computeIfAbsent(row.language(), l -> {
                    Map<String, Integer> zero = new LinkedHashMap<>();
                    for (Status s : Status.values()) {
                        zero.put(s.code, 0);
                    }
                    return zero;
                });
                counts.merge(row.status().code, 1, Integer::sum);
            }
            summary.put("places", places.size());
            summary.put("narrated_places", narrated.size());
            summary.put("places_with_audio_in_every_language", withAudio.values().stream().filter(n -> n == languages.size()).count());
            summary.put("places_with_automatic_trigger", automatic.size());
            summary.put("by_language", byLanguage);
            return summary;
        }
    }

    private final JdbcTemplate jdbc;
    private final GuideQueries queries;
    private final SpeechSynthesizer synthesizer;
    private final DraftVoices drafts;

    GuideCoverage(JdbcTemplate jdbc, GuideQueries queries, SpeechSynthesizer synthesizer, DraftVoices drafts) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.synthesizer = synthesizer;
        this.drafts = drafts;
    }

    Report of(String parkId) {
        List<String> parkLanguages = queries.parkLanguages(parkId);
        List<String> languages = parkLanguages.isEmpty() ? LanguagePreference.CATALOGUE_LANGUAGES : parkLanguages;
        List<String> voiced = List.of("vi", "en", "zh-Hans");
        Map<String, PlaceRows> places = new LinkedHashMap<>();
        jdbc.query("""
                SELECT p.id, p.name::text AS name, p.sensitivity, p.position_precision, p.tags, p.public_geom IS NOT NULL AS has_position,
                       n.id AS narration_id, n.language, n.trigger_radius_m,
                       EXISTS (SELECT 1 FROM audio_asset a WHERE a.narration_id = n.id AND NOT a.synthesized) AS recorded,
                       EXISTS (SELECT 1 FROM audio_asset a WHERE a.narration_id = n.id AND NOT a.synthesized
                                 AND a.script_sha256 = encode(sha256(convert_to(n.script, 'UTF8')), 'hex')) AS recording_matches,
                       EXISTS (SELECT 1 FROM audio_asset a WHERE a.narration_id = n.id AND a.synthesized AND a.voice = v.voice
                                 AND a.script_sha256 = encode(sha256(convert_to(n.script, 'UTF8')), 'hex')) AS current_draft
                  FROM place p
                  LEFT JOIN narration n ON n.place_id = p.id
                  LEFT JOIN unnest(?::text[], ?::text[]) AS v(language, voice) ON v.language = n.language
                 WHERE p.park_id = ?
                 ORDER BY p.id, n.language""", rs -> {
            PlaceRows place = places.get(rs.getString("id"));
            if (place == null) {
                place = new PlaceRows(rs.getString("id"), rs.getString("name"), rs.getString("sensitivity"), rs.getString("position_precision"),
                        strings(rs.getArray("tags")), rs.getBoolean("has_position"));
                places.put(place.id, place);
            }
            String language = rs.getString("language");
            if (language != null) {
                place.narrations.put(language, new NarrationState(rs.getInt("trigger_radius_m"), rs.getBoolean("recorded"),
                        rs.getBoolean("recording_matches"), rs.getBoolean("current_draft")));
            }
        }, voiced.toArray(String[]::new), voiced.stream().map(l -> SpeechSynthesizer.voiceFor(l).orElseThrow()).toArray(String[]::new), parkId);

        List<Row> rows = new ArrayList<>();
        for (PlaceRows place : places.values()) {
            Set<String> placeLanguages = new LinkedHashSet<>(languages);
            placeLanguages.addAll(place.narrations.keySet());
            LocalizedText names = place.names(queries);
            for (String language : placeLanguages) {
                NarrationState n = place.narrations.get(language);
                int radius = n == null ? NarrationDraft.DEFAULT_TRIGGER_RADIUS_M : n.radius;
                Trigger trigger = Trigger.decide(place.sensitivity, place.tags, place.precision, place.hasPosition, radius);
                Status status = n == null ? Status.MISSING : n.recorded ? Status.RECORDED : n.currentDraft ? Status.SYNTHESIZED_ONLY : Status.SCRIPT_ONLY;
                String name = LanguagePreference.negotiate(null, null, List.of(language)).pick(names).map(LanguagePreference.Localized::text).orElse(place.id);
                rows.add(new Row(place.id, name, language, status, n != null, n != null && n.recorded,
                        n != null && n.recorded ? n.recordingMatches : null, n != null && n.currentDraft,
                        trigger.automatic(), trigger.reason(), place.precision, radius));
            }
        }
        return new Report(parkId, languages, rows, synthesizer.availability(), drafts.pending());
    }

    private record NarrationState(int radius, boolean recorded, boolean recordingMatches, boolean currentDraft) {
    }

    private static final class PlaceRows {
        final String id;
        final String nameJson;
        final String sensitivity;
        final String precision;
        final List<String> tags;
        final boolean hasPosition;
        final Map<String, NarrationState> narrations = new LinkedHashMap<>();

        PlaceRows(String id, String nameJson, String sensitivity, String precision, List<String> tags, boolean hasPosition) {
            this.id = id;
            this.nameJson = nameJson;
            this.sensitivity = sensitivity;
            this.precision = precision;
            this.tags = tags;
            this.hasPosition = hasPosition;
        }

        LocalizedText names(GuideQueries queries) {
            return queries.text(nameJson);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
