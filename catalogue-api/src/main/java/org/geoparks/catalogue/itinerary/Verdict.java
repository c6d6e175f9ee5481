package org.geoparks.catalogue.itinerary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a route can be run on a day, and why: the one rule of the verdicts
 * (docs/decisions/0062-route-verdicts.md).
 *
 * <ul>
 *   <li><b>blocked</b>: an extreme hazard on the line itself; the first or last stop unusable
 *       (closed, or an extreme hazard at it) — a tour cannot start or end there; or every stop unusable.</li>
 *   <li><b>caution</b>: an intermediate stop unusable (skip it); a stop open with caution; a
 *       moderate or high hazard on the line or at a stop.</li>
 *   <li><b>clear</b>: nothing of the above; low hazards are listed as advice and do not change it.</li>
 * </ul>
 * A hazard is a stop's when it belongs to a place the route stops at; any other hazard within the
 * buffer of the line (or of a stop) is the line's.
 */
record Verdict(Code verdict, List<Reason> reasons) {

    enum Code {
        CLEAR, CAUTION, BLOCKED;

        @JsonValue
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One stop as the verdict needs it. */
    record Stop(int position, String placeId, String status) {
    }

    /** One hazard in force that day on the route. */
    record Hazard(String id, String severity, String placeId, boolean nearLine, List<Integer> stops) {
    }

    /** Why the verdict is what it is; fields that do not apply are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reason(String code, Code effect, Integer stop, String place, String hazard, String severity, Boolean skippable) {
    }

    static Verdict of(List<Stop> stops, List<Hazard> hazards) {
        List<Reason> reasons = new ArrayList<>();
        Set<String> stopPlaces = new TreeSet<>();
        stops.forEach(s -> stopPlaces.add(s.placeId()));
        int first = stops.stream().mapToInt(Stop::position).min().orElse(0);
        int last = stops.stream().mapToInt(Stop::position).max().orElse(0);
        Set<Integer> unusable = new TreeSet<>();

        for (Stop s : stops) {
            if ("closed".equals(s.status())) {
                unusable.add(s.position());
                boolean skippable = s.position() != first && s.position() != last;
                reasons.add(new Reason("stop-closed", skippable ? Code.CAUTION : Code.BLOCKED, s.position(), s.placeId(), null, null, skippable));
            } else if ("caution".equals(s.status())) {
                reasons.add(new Reason("stop-caution", Code.CAUTION, s.position(), s.placeId(), null, null, null));
            }
        }
        for (Hazard h : hazards) {
            boolean atStop = h.placeId() != null && stopPlaces.contains(h.placeId());
            Code effect = switch (h.severity()) {
                case "extreme" -> Code.BLOCKED;
                case "high", "moderate" -> Code.CAUTION;
                default -> Code.CLEAR;
            };
            if (atStop) {
                List<Stop> at = stops.stream().filter(s -> h.placeId().equals(s.placeId())).toList();
                for (Stop s : at) {
                    if (effect == Code.BLOCKED) {
                        unusable.add(s.position());
                        boolean skippable = s.position() != first && s.position() != last;
                        reasons.add(new Reason("stop-hazard", skippable ? Code.CAUTION : Code.BLOCKED, s.position(), s.placeId(), h.id(),
                                h.severity(), skippable));
                    } else {
                        reasons.add(new Reason("stop-hazard", effect, s.position(), s.placeId(), h.id(), h.severity(), null));
                    }
                }
            } else {
                reasons.add(new Reason("line-hazard", effect, null, null, h.id(), h.severity(), null));
            }
        }
        if (!stops.isEmpty() && unusable.size() == stops.stream().map(Stop::position).distinct().count()) {
            reasons.add(new Reason("no-usable-stop", Code.BLOCKED, null, null, null, null, false));
        }
        Code verdict = reasons.stream().map(Reason::effect).max(Enum::compareTo).orElse(Code.CLEAR);
        return new Verdict(verdict, List.copyOf(reasons));
    }
}
