package org.geoparks.catalogue.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geoparks.catalogue.guide.GuideQueries.NarrationView;
import org.geoparks.catalogue.guide.GuideQueries.PlaceView;
import org.geoparks.catalogue.guide.GuideQueries.RouteView;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The guide's documents, GeoJSON a player follows: a place's narration in the best language with
 * its audio, transcript and trigger; a route's stops in order with their geofences and queues;
 * a park's narrated places (for offline packs). Positions are the public ones only.
 */
@Component
class GuideDocuments {

    private final GuideQueries queries;
    private final AudioAssets assets;
    private final SpeechSynthesizer synthesizer;
    private final ObjectMapper json;

    GuideDocuments(GuideQueries queries, AudioAssets assets, SpeechSynthesizer synthesizer, ObjectMapper json) {
        this.queries = queries;
        this.assets = assets;
        this.synthesizer = synthesizer;
        this.json = json;
    }

    /** What a client asked for: the {@code lang} parameter and its Accept-Language header. */
    record Requested(String lang, String acceptLanguage) {

        LanguagePreference forPark(List<String> parkLanguages) {
            return LanguagePreference.negotiate(lang, acceptLanguage, parkLanguages);
        }
    }

    /**
     * Where the audio and transcripts of a document are: online only (null), or also as files of
     * an offline pack, named by the function.
     */
    interface PackFiles {
        String audio(AudioAsset asset);

        String transcript(AudioAsset asset);
    }

    /** A document and the languages its narrations are in (for Content-Language). */
    record Document(ObjectNode body, Set<String> languages) {
    }

    /** A narrated spot: its place, the chosen narration (null when none), and what triggers it. */
    private record Spot(String key, PlaceView place, Integer stop, NarrationView narration, LanguagePreference.Choice choice,
                        List<String> available, Trigger trigger, List<AudioAsset> playable) {
    }

    Document placeGuide(String placeId, Requested requested) {
        PlaceView place = queries.place(placeId);
        List<NarrationView> narrations = queries.narrationsOfPlaces(List.of(placeId));
        if (narrations.isEmpty()) {
            throw new NotFoundException("narration of the place", placeId);
        }
        LanguagePreference preference = requested.forPark(queries.parkLanguages(place.parkId()));
        // the queue is the park's: another place's circle may overlap this one
        List<Spot> parkSpots = spots(queries.placesOfPark(place.parkId()), preference);
        Map<String, TriggerOrder.Slot> queue = queue(parkSpots);
        Spot spot = parkSpots.stream().filter(s -> s.place().id().equals(placeId)).findFirst().orElseThrow();
        return new Document(feature(spot, queue.get(spot.key()), null), languages(List.of(spot)));
    }

    Document routeGuide(String routeId, Requested requested, PackFiles files) {
        RouteView route = queries.route(routeId);
        LanguagePreference preference = requested.forPark(queries.parkLanguages(route.parkId()));
        List<Spot> stops = stops(route, preference);
        Map<String, TriggerOrder.Slot> queue = queue(stops);
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("route", route.id());
        collection.put("park", route.parkId());
        collection.set("language_chain", json.valueToTree(preference.chain()));
        collection.put("playback", "Play each narration once, in the order of its queue: where circles overlap, "
                + "narrations wait for the one before them to finish. On-demand narrations never start by position.");
        ArrayNode features = collection.putArray("features");
        ObjectNode line = features.addObject();
        line.put("type", "Feature");
        line.put("id", route.id());
        line.set("geometry", route.geometry());
        ObjectNode props = line.putObject("properties");
        props.put("role", "route");
        props.put("name", preference.pick(route.name()).map(LanguagePreference.Localized::text).orElse(route.id()));
        props.put("mode", route.mode());
        props.put("difficulty", route.difficulty());
        if (route.lengthM() != null) {
            props.put("length_m", Math.round(route.lengthM()));
        }
        props.put("stops", route.stops().size());
        for (Spot stop : stops) {
            features.add(feature(stop, queue.get(stop.key()), files));
        }
        return new Document(collection, languages(stops));
    }

    /** The park's narrated places, for an offline pack. */
    Document parkPlaces(String parkId, Requested requested, PackFiles files) {
        LanguagePreference preference = requested.forPark(queries.parkLanguages(parkId));
        List<Spot> spots = spots(queries.placesOfPark(parkId), preference);
        Map<String, TriggerOrder.Slot> queue = queue(spots);
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("park", parkId);
        collection.set("language_chain", json.valueToTree(preference.chain()));
        ArrayNode features = collection.putArray("features");
        for (Spot spot : spots) {
            features.add(feature(spot, queue.get(spot.key()), files));
        }
        return new Document(collection, languages(spots));
    }

    /** The narrated places among these, each with its narration in the preferred language. */
    private List<Spot> spots(List<PlaceView> places, LanguagePreference preference) {
        Map<String, List<NarrationView>> byPlace = queries.narrationsOfPlaces(places.stream().map(PlaceView::id).toList()).stream()
                .collect(Collectors.groupingBy(NarrationView::placeId, LinkedHashMap::new, Collectors.toList()));
        List<Spot> spots = new ArrayList<>();
        Map<String, NarrationView> chosen = new LinkedHashMap<>();
        for (PlaceView place : places) {
            List<NarrationView> narrations = byPlace.get(place.id());
            if (narrations != null) {
                chosen.put(place.id(), choose(narrations, preference).orElseThrow());
            }
        }
        Map<String, List<AudioAsset>> audio = assets.ofNarrations(chosen.values().stream().map(NarrationView::id).toList());
        for (PlaceView place : places) {
            NarrationView narration = chosen.get(place.id());
            if (narration != null) {
                spots.add(spot(place.id(), place, null, narration, byPlace.get(place.id()), preference, audio));
            }
        }
        return spots;
    }

    /** The stops of a route in order, each with its own narration (or its place's) in the preferred language. */
    private List<Spot> stops(RouteView route, LanguagePreference preference) {
        Map<String, PlaceView> places = queries.places(route.stops()).stream().collect(Collectors.toMap(PlaceView::id, p -> p));
        Map<Integer, List<NarrationView>> ofStops = queries.narrationsOfStops(route.id()).stream()
                .collect(Collectors.groupingBy(NarrationView::stopPosition));
        Map<String, List<NarrationView>> ofPlaces = queries.narrationsOfPlaces(route.stops()).stream()
                .collect(Collectors.groupingBy(NarrationView::placeId));
        List<List<NarrationView>> candidates = new ArrayList<>();
        List<NarrationView> chosen = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) {
            List<NarrationView> own = ofStops.getOrDefault(i + 1, List.of());
            List<NarrationView> options = own.isEmpty() ? ofPlaces.getOrDefault(route.stops().get(i), List.of()) : own;
            candidates.add(options);
            chosen.add(choose(options, preference).orElse(null));
        }
        Map<String, List<AudioAsset>> audio = assets.ofNarrations(chosen.stream().filter(n -> n != null).map(NarrationView::id).toList());
        List<Spot> stops = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) {
            PlaceView place = places.get(route.stops().get(i));
            stops.add(spot(route.id() + "/stop-" + (i + 1), place, i + 1, chosen.get(i), candidates.get(i), preference, audio));
        }
        return stops;
    }

    private Spot spot(String key, PlaceView place, Integer stop, NarrationView narration, List<NarrationView> options,
                      LanguagePreference preference, Map<String, List<AudioAsset>> audio) {
        List<String> available = options.stream().map(NarrationView::language).toList();
        LanguagePreference.Choice choice = narration == null ? null : preference.choose(available).orElseThrow();
        int radius = narration == null ? NarrationDraft.DEFAULT_TRIGGER_RADIUS_M : narration.triggerRadiusM();
        Trigger trigger = Trigger.decide(place.sensitivity(), place.tags(), place.positionPrecision(), place.hasPublicPosition(), radius);
        List<AudioAsset> playable = narration == null ? List.of() : playable(narration, audio.getOrDefault(narration.id(), List.of()));
        return new Spot(key, place, stop, narration, choice, available, trigger, playable);
    }

    private static Optional<NarrationView> choose(List<NarrationView> narrations, LanguagePreference preference) {
        return preference.choose(narrations.stream().map(NarrationView::language).toList())
                .flatMap(choice -> narrations.stream().filter(n -> n.language().equals(choice.language())).findFirst());
    }

    /** What a player may play, best first: recordings (newest first), then the draft of the current script. */
    static List<AudioAsset> playable(NarrationView narration, List<AudioAsset> all) {
        Optional<String> voice = SpeechSynthesizer.voiceFor(narration.language());
        List<AudioAsset> playable = new ArrayList<>(all.stream().filter(a -> !a.synthesized()).toList());
        all.stream().filter(a -> a.synthesized() && a.scriptSha256().equals(narration.scriptSha256())
                && voice.map(v -> v.equals(a.voice())).orElse(false)).forEach(playable::add);
        return playable;
    }

    private static Map<String, TriggerOrder.Slot> queue(List<Spot> spots) {
        return TriggerOrder.of(spots.stream()
                .filter(s -> s.narration() != null && s.trigger().automatic() && s.place().lon() != null)
                .map(s -> new TriggerOrder.Fence(s.key(), s.place().lon(), s.place().lat(), s.trigger().radiusM(),
                        s.stop() == null ? 0 : s.stop()))
                .toList());
    }

    private ObjectNode feature(Spot spot, TriggerOrder.Slot slot, PackFiles files) {
        PlaceView place = spot.place();
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", spot.key());
        feature.set("geometry", place.geometry()); // public_geom: null for a restricted site
        ObjectNode props = feature.putObject("properties");
        props.put("role", spot.stop() == null ? "place" : "stop");
        if (spot.stop() != null) {
            props.put("stop", spot.stop());
        }
        props.put("place", place.id());
        props.put("park", place.parkId());
        props.put("kind", place.kind());
        props.put("status", place.status());
        String nameLanguage = spot.choice() == null ? null : spot.choice().language();
        // the name in the narration's language, which need not be one the catalogue writes names in
        LanguagePreference namePreference = nameLanguage == null ? LanguagePreference.defaults()
                : LanguagePreference.negotiate(null, null, List.of(nameLanguage));
        props.put("name", namePreference.pick(place.name()).map(LanguagePreference.Localized::text).orElse(place.id()));
        if (spot.narration() == null) {
            props.putNull("narration");
        } else {
            props.set("narration", narration(spot, files));
        }
        ObjectNode trigger = props.putObject("trigger");
        trigger.put("mode", spot.trigger().automatic() ? "automatic" : "on-demand");
        trigger.put("radius_m", spot.trigger().radiusM());
        if (place.positionPrecision() != null) {
            trigger.put("position_precision", place.positionPrecision());
        }
        if (spot.trigger().positionUncertaintyM() != null) {
            trigger.put("position_uncertainty_m", spot.trigger().positionUncertaintyM());
        }
        trigger.put("position", spot.trigger().automatic() ? "good-enough" : "approximate");
        trigger.put("reason", spot.trigger().reason());
        trigger.put("explanation", spot.trigger().explanation());
        if (slot != null) {
            ObjectNode queue = trigger.putObject("queue");
            queue.put("group", slot.group());
            queue.put("position", slot.position());
            queue.put("of", slot.size());
            queue.set("overlaps", json.valueToTree(slot.overlaps()));
        }
        return feature;
    }

    private ObjectNode narration(Spot spot, PackFiles files) {
        NarrationView n = spot.narration();
        ObjectNode node = json.createObjectNode();
        node.put("id", n.id());
        node.put("language", n.language());
        node.put("language_chosen_by", spot.choice().source().code());
        node.set("languages_available", json.valueToTree(spot.available()));
        node.put("title", n.title());
        node.put("script", n.script());
        ArrayNode audio = node.putArray("audio");
        List<AudioAsset> playable = files == null ? spot.playable() : spot.playable().stream().limit(1).toList();
        for (AudioAsset asset : playable) {
            ObjectNode a = audio.addObject();
            a.put("id", asset.id());
            a.put("url", asset.url());
            if (files != null) {
                a.put("file", files.audio(asset));
            }
            a.put("format", asset.format().code());
            a.put("media_type", asset.format().mediaType());
            a.put("duration_s", Math.round(asset.durationS() * 1000) / 1000.0);
            a.put("bytes", asset.bytes());
            a.put("sha256", asset.sha256());
            a.put("origin", asset.origin());
            a.put("voice", asset.voice());
            a.put("matches_script", asset.scriptSha256().equals(n.scriptSha256()));
            a.put("transcript_url", asset.transcriptUrl());
            if (files != null) {
                a.put("transcript_file", files.transcript(asset));
            }
        }
        if (playable.isEmpty()) {
            node.put("audio_status", "text-only");
            node.put("audio_note", noAudio(n.language()));
        } else {
            node.put("audio_status", playable.get(0).synthesized() ? "synthesized-draft" : "recording");
        }
        return node;
    }

    private String noAudio(String language) {
        if (SpeechSynthesizer.voiceFor(language).isEmpty()) {
            return "No recording yet, and no draft voice speaks " + language + ": the narration is text only.";
        }
        SpeechSynthesizer.Availability availability = synthesizer.availability();
        return availability.available()
                ? "No recording yet; a synthesized draft is being made. Ask again shortly."
                : "No recording yet, and speech synthesis is unavailable on this server (" + availability.detail() + "): the narration is text only.";
    }

    private static Set<String> languages(List<Spot> spots) {
        Set<String> languages = new LinkedHashSet<>();
        spots.stream().filter(s -> s.narration() != null).forEach(s -> languages.add(s.narration().language()));
        return languages;
    }
}
