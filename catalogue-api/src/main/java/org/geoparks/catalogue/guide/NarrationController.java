package org.geoparks.catalogue.guide;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Managers' side of the guide: scripts written, recordings uploaded, a narration's audio listed. */
@RestController
class NarrationController {

    /** Largest transcript accepted with an upload: an hour of cues is a few hundred kilobytes. */
    private static final int LONGEST_TRANSCRIPT = 1024 * 1024;

    private final NarrationService narrations;
    private final Recordings recordings;
    private final AudioAssets assets;
    private final GuideQueries queries;

    NarrationController(NarrationService narrations, Recordings recordings, AudioAssets assets, GuideQueries queries) {
        this.narrations = narrations;
        this.recordings = recordings;
        this.assets = assets;
        this.queries = queries;
    }

    /** A narration as managers edit it. */
    record NarrationForm(String title, String script, String transcript, @JsonProperty("trigger_radius_m") Integer triggerRadiusM,
                         List<String> sources) {
    }

    @PutMapping(path = "/api/v1/places/{placeId}/narrations/{lang}", consumes = "application/json")
    ResponseEntity<Map<String, Object>> editOfPlace(@PathVariable String placeId, @PathVariable String lang, @RequestBody NarrationForm form) {
        return saved(new NarrationDraft(placeId, null, null, lang, form.title(), form.script(), form.transcript(), form.triggerRadiusM(), form.sources()));
    }

    @PutMapping(path = "/api/v1/routes/{routeId}/stops/{position}/narrations/{lang}", consumes = "application/json")
    ResponseEntity<Map<String, Object>> editOfStop(@PathVariable String routeId, @PathVariable int position, @PathVariable String lang,
                                                   @RequestBody NarrationForm form) {
        return saved(new NarrationDraft(null, routeId, position, lang, form.title(), form.script(), form.transcript(), form.triggerRadiusM(), form.sources()));
    }

    private ResponseEntity<Map<String, Object>> saved(NarrationDraft draft) {
        boolean created = narrations.edit(draft);
        Map<String, Object> body = describe(draft.id());
        URI location = URI.create("/api/v1/narrations/" + draft.id());
        return created ? ResponseEntity.created(location).body(body) : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping("/api/v1/narrations/{id}")
    Map<String, Object> one(@PathVariable String id) {
        return describe(id);
    }

    /**
     * Uploads a recording: the audio in the multipart field {@code file}; optionally the narrator's
     * name in {@code voice} and a WebVTT transcript in {@code transcript} (file or text field).
     */
    @PostMapping(path = "/api/v1/narrations/{id}/audio", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> upload(@PathVariable String id,
                                               @RequestPart("file") MultipartFile file,
                                               @RequestPart(name = "voice", required = false) Part voice,
                                               @RequestPart(name = "transcript", required = false) Part transcript) throws IOException {
        AudioAsset asset = recordings.upload(id, file.getInputStream(), file.getSize(), text("voice", voice, 1024), text("transcript", transcript, LONGEST_TRANSCRIPT));
        return ResponseEntity.created(URI.create(asset.url())).body(asset(asset));
    }

    /** A text field or a text file of the form, read as UTF-8 whatever the part declares. */
    private static String text(String field, Part part, int longest) throws IOException {
        if (part == null) {
            return null;
        }
        if (part.getSize() > longest) {
            throw new InvalidRecordException(field, "is longer than " + longest / 1024 + " KB");
        }
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Map<String, Object> describe(String id) {
        Narration narration = narrations.get(id);
        GuideQueries.NarrationView view = queries.narration(id).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", narration.getId());
        body.put("place", narration.getPlaceId());
        body.put("route", narration.getRouteId());
        body.put("stop", narration.getStopPosition());
        body.put("park", narration.parkId());
        body.put("language", narration.getLanguage());
        body.put("title", narration.getTitle());
        body.put("script", narration.getScript());
        body.put("transcript", narration.getTranscript());
        body.put("trigger_radius_m", narration.getTriggerRadiusM());
        body.put("version", narration.getVersion());
        body.put("audio", assets.ofNarration(id).stream().map(a -> {
            Map<String, Object> described = asset(a);
            described.put("current", !a.synthesized() || a.scriptSha256().equals(view.scriptSha256()));
            return described;
        }).toList());
        return body;
    }

    static Map<String, Object> asset(AudioAsset a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", a.id());
        body.put("narration", a.narrationId());
        body.put("url", a.url());
        body.put("transcript_url", a.transcriptUrl());
        body.put("format", a.format().code());
        body.put("media_type", a.format().mediaType());
        body.put("duration_s", Math.round(a.durationS() * 1000) / 1000.0);
        body.put("bytes", a.bytes());
        body.put("sha256", a.sha256());
        body.put("origin", a.origin());
        body.put("voice", a.voice());
        body.put("created", a.createdAt());
        return body;
    }
}
