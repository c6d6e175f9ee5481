package org.geoparks.catalogue.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.geoparks.catalogue.changelog.CatalogueChanged;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps a synthesized draft beside every narration that has no recording, spoken from its current
 * script: made after start-up for whatever lacks one, and again whenever the change log (which
 * every instance follows) says a narration or its audio changed. Bounded: a few workers (one by
 * default), each running one process at a time. Idempotent: a narration whose draft matches its
 * script is left alone, so a restart synthesizes nothing new. Several instances may run this; a
 * per-narration advisory lock keeps two from speaking the same script at once, and a unique index
 * keeps one draft per script and voice (docs/decisions/0022-draft-voices.md).
 */
@Component
class DraftVoices implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftVoices.class);
    static final String ACTOR = "catalogue:draft-voices";
    /** The first key of this component's advisory locks; the second is the narration's hash. */
    private static final int LOCK_CLASS = 0x6775_6964; // "guid"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AudioAssets assets;
    private final AudioBlobs blobs;
    private final SpeechSynthesizer synthesizer;
    private final ChangeRecorder recorder;
    private final GuideProperties.Synthesis settings;
    /** Narrations queued or being spoken: each is in the executor's queue at most once. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;

    /** What one refresh did. */
    enum Outcome { SYNTHESIZED, UP_TO_DATE, HAS_RECORDING, NO_VOICE, UNAVAILABLE, GONE, BUSY_ELSEWHERE, FAILED }

    DraftVoices(JdbcTemplate jdbc, TransactionTemplate transactions, AudioAssets assets, AudioBlobs blobs,
                SpeechSynthesizer synthesizer, ChangeRecorder recorder, GuideProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.assets = assets;
        this.blobs = blobs;
        this.synthesizer = synthesizer;
        this.recorder = recorder;
        this.settings = properties.synthesis();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workers()), task -> {
            Thread thread = new Thread(task, "draft-voice-" + n.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY); // requests come first
            return thread;
        });
    }

    private boolean inBackground() {
        return settings.background() && synthesizer.availability().available();
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAfterStart() {
        if (inBackground()) {
            int queuedNow = enqueueStale();
            log.info("Audio guide: {} narration(s) lack a current draft voice; synthesizing them in the background", queuedNow);
        }
    }

    @EventListener
    void onCatalogueChanged(CatalogueChanged event) {
        if (inBackground() && event.changes().stream().anyMatch(c -> c.entityType().equals("narration") || c.entityType().equals("audio_asset"))) {
            enqueueStale();
        }
    }

    /** Catches what a crashed instance left half done. */
    @Scheduled(initialDelayString = "${catalogue.guide.synthesis.sweep-interval:10m}", fixedDelayString = "${catalogue.guide.synthesis.sweep-interval:10m}")
    void sweep() {
        if (inBackground()) {
            enqueueStale();
        }
    }

    /** Narrations queued or being synthesized in the background. */
    int pending() {
        return inFlight.size();
    }

    /** Queues every narration whose draft is missing or stale; returns how many were newly queued. */
    int enqueueStale() {
        int added = 0;
        for (String id : stale()) {
            if (submit(id)) {
                added++;
            }
        }
        return added;
    }

    /**
     * Queues one narration unless it is queued or being spoken already. A script that changes while
     * its old text is being spoken is caught when that job ends: the narration is still stale then.
     */
    private boolean submit(String id) {
        if (!inFlight.add(id)) {
            return false;
        }
        workers.submit(() -> {
            Outcome outcome = Outcome.FAILED;
            try {
                outcome = refresh(id);
            } finally {
                inFlight.remove(id);
            }
            // a failure waits for the next sweep rather than looping on a broken script
            if ((outcome == Outcome.SYNTHESIZED || outcome == Outcome.UP_TO_DATE) && stale().contains(id)) {
                submit(id);
            }
        });
        return true;
    }

    /** The narrations, in a language with a voice, without a recording and without a draft of their current script. */
    List<String> stale() {
        List<String> languages = List.of("vi", "en", "zh-Hans");
        List<String> voices = languages.stream().map(l -> SpeechSynthesizer.voiceFor(l).orElseThrow()).toList();
        return jdbc.queryForList("""
                SELECT n.id FROM narration n
                  JOIN unnest(?::text[], ?::text[]) AS v(language, voice) ON v.language = n.language
                 WHERE NOT EXISTS (SELECT 1 FROM audio_asset a WHERE a.narration_id = n.id AND (NOT a.synthesized
                         OR (a.voice = v.voice AND a.script_sha256 = encode(sha256(convert_to(n.script, 'UTF8')), 'hex'))))
                 ORDER BY n.id""", String.class, languages.toArray(String[]::new), voices.toArray(String[]::new));
    }

    /** Brings one narration's draft up to date, in the calling thread. */
    Outcome refresh(String narrationId) {
        if (!synthesizer.availability().available()) {
            return Outcome.UNAVAILABLE;
        }
        Optional<Target> found = jdbc.query("""
                SELECT n.id, n.language, n.title, n.script, encode(sha256(convert_to(n.script, 'UTF8')), 'hex') AS script_sha256,
                       coalesce(p.park_id, r.park_id) AS park_id,
                       EXISTS (SELECT 1 FROM audio_asset a WHERE a.narration_id = n.id AND NOT a.synthesized) AS recorded
                  FROM narration n LEFT JOIN place p ON p.id = n.place_id LEFT JOIN route r ON r.id = n.route_id
                 WHERE n.id = ?""", (rs, i) -> new Target(rs.getString("id"), rs.getString("language"), rs.getString("title"),
                rs.getString("script"), rs.getString("script_sha256"), rs.getString("park_id"), rs.getBoolean("recorded")), narrationId)
                .stream().findFirst();
        if (found.isEmpty()) {
            return Outcome.GONE;
        }
        Target target = found.get();
        Optional<String> voice = SpeechSynthesizer.voiceFor(target.language());
        if (voice.isEmpty()) {
            return Outcome.NO_VOICE;
        }
        if (target.recorded()) {
            return Outcome.HAS_RECORDING;
        }
        if (hasDraft(target, voice.get())) {
            return Outcome.UP_TO_DATE;
        }
        return jdbc.execute((ConnectionCallback<Outcome>) connection -> {
            try (var lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setString(2, narrationId);
                try (var rs = lock.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return Outcome.BUSY_ELSEWHERE;
                    }
                }
            }
            try {
                return hasDraft(target, voice.get()) ? Outcome.UP_TO_DATE : synthesize(target);
            } finally {
                try (var unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
                    unlock.setInt(1, LOCK_CLASS);
                    unlock.setString(2, narrationId);
                    unlock.execute();
                }
            }
        });
    }

    private boolean hasDraft(Target target, String voice) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM audio_asset WHERE narration_id = ? AND synthesized AND voice = ? AND script_sha256 = ?)",
                Boolean.class, target.id(), voice, target.scriptSha256()));
    }

    private Outcome synthesize(Target target) {
        Path work = null;
        try {
            work = Files.createTempDirectory("draft-voice");
            long started = System.nanoTime();
            long serial = Long.parseLong(target.scriptSha256().substring(0, 8), 16);
            SpeechSynthesizer.Draft draft = synthesizer.synthesize(target.language(), target.script(), target.title(), serial, work);
            InspectedAudio audio = AudioInspector.inspect(draft.opus()); // the encoder's output must pass what uploads pass
            long bytes = Files.size(draft.opus());
            String sha256 = AudioBlobs.sha256(draft.opus());
            String transcript = WebVtt.write(draft.cues(), "Synthesized draft (" + draft.voice()
                    + "), not a recording. Cue timings are measured: each sentence was spoken on its own.");
            Path opus = draft.opus();
            Boolean created = transactions.execute(status -> {
                blobs.store(opus, sha256);
                Optional<Long> id = assets.insert(target.id(), audio, bytes, sha256, true, draft.voice(), target.scriptSha256(), transcript, ACTOR);
                for (AudioAsset old : assets.deleteDraftsOtherThan(target.id(), target.scriptSha256(), draft.voice())) {
                    blobs.deleteIfUnused(old.sha256());
                    recorder.write(ACTOR, ChangeOperation.DELETE, "audio_asset", Long.toString(old.id()), target.parkId(), summary(old.narrationId(), old.sha256(), old.durationS()), null);
                }
                id.ifPresent(assetId -> recorder.write(ACTOR, ChangeOperation.CREATE, "audio_asset", Long.toString(assetId), target.parkId(), null,
                        summary(target.id(), sha256, audio.durationS())));
                return id.isPresent();
            });
            log.info("Audio guide: draft voice for {} ({} s of audio, {} KiB) in {} ms", target.id(), Math.round(audio.durationS()),
                    bytes / 1024, (System.nanoTime() - started) / 1_000_000);
            return Boolean.TRUE.equals(created) ? Outcome.SYNTHESIZED : Outcome.UP_TO_DATE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        } catch (IOException | RuntimeException e) {
            log.warn("Audio guide: could not synthesize a draft for {}: {}", target.id(), e.getMessage());
            return Outcome.FAILED;
        } finally {
            if (work != null) {
                try {
                    FileSystemUtils.deleteRecursively(work);
                } catch (IOException e) {
                    log.debug("could not delete {}", work, e);
                }
            }
        }
    }

    static Map<String, Object> summary(String narrationId, String sha256, double durationS) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("narration", narrationId);
        summary.put("sha256", sha256);
        summary.put("duration_s", durationS);
        summary.put("synthesized", true);
        return summary;
    }

    private record Target(String id, String language, String title, String script, String scriptSha256, String parkId, boolean recorded) {
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
