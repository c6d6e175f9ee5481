package org.geoparks.catalogue.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Managers' recordings: checked (format from the bytes, duration, size), stored by content hash,
 * and given a transcript — theirs, checked against the recording, or the narration's text timed
 * in proportion to sentence length until they upload one.
 */
@Service
class Recordings {

    private static final int LONGEST_VOICE_NAME = 120;

    private final NarrationService narrations;
    private final AudioAssets assets;
    private final AudioBlobs blobs;
    private final ChangeRecorder recorder;
    private final TransactionTemplate transactions;
    private final GuideProperties properties;

    Recordings(NarrationService narrations, AudioAssets assets, AudioBlobs blobs, ChangeRecorder recorder,
               TransactionTemplate transactions, GuideProperties properties) {
        this.narrations = narrations;
        this.assets = assets;
        this.blobs = blobs;
        this.recorder = recorder;
        this.transactions = transactions;
        this.properties = properties;
    }

    /**
     * Adds a recording to a narration. The file's name is never used: the bytes are copied to a
     * temporary file of the service's own naming and stored under their hash.
     */
    AudioAsset upload(String narrationId, InputStream content, long declaredSize, String voice, String transcript) throws IOException {
        Narration narration = narrations.get(narrationId);
        String actor = GuideRights.requireMayEditNarrationsOf(narration.parkId());
        String speaker = voiceName(voice);
        DataSize limit = properties.maxUploadSize();
        if (declaredSize > limit.toBytes()) {
            throw tooLarge(limit);
        }
        Path file = Files.createTempFile("recording", ".upload");
        try {
            long copied;
            try (InputStream in = content) {
                copied = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (copied > limit.toBytes()) {
                throw tooLarge(limit);
            }
            InspectedAudio audio = AudioInspector.inspect(file);
            requireDuration(audio.durationS());
            String vtt = transcript == null || transcript.isBlank()
                    ? WebVtt.write(WebVtt.proportional(ScriptCues.split(narration.getTranscript(), narration.getLanguage()), audio.durationS()),
                            "Timings estimated in proportion to sentence length; upload the recording's own transcript to correct them.")
                    : WebVtt.checked(transcript, audio.durationS());
            String sha256 = AudioBlobs.sha256(file);
            String scriptSha256 = AudioBlobs.sha256(narration.getScript().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long id = transactions.execute(status -> {
                blobs.store(file, sha256);
                long assetId = assets.insert(narrationId, audio, copied, sha256, false, speaker, scriptSha256, vtt, actor).orElseThrow();
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("narration", narrationId);
                after.put("format", audio.format().code());
                after.put("sha256", sha256);
                after.put("bytes", copied);
                after.put("duration_s", audio.durationS());
                after.put("voice", speaker);
                recorder.write(actor, ChangeOperation.CREATE, "audio_asset", Long.toString(assetId), narration.parkId(), null, after);
                return assetId;
            });
            return assets.find(id).orElseThrow();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Replaces an asset's transcript with the manager's WebVTT, checked against the audio's duration. */
    AudioAsset replaceTranscript(long assetId, String vtt) {
        AudioAsset asset = assets.find(assetId).orElseThrow(() -> new NotFoundException("audio asset", Long.toString(assetId)));
        Narration narration = narrations.get(asset.narrationId());
        String actor = GuideRights.requireMayEditNarrationsOf(narration.parkId());
        String checked = WebVtt.checked(vtt, asset.durationS());
        transactions.executeWithoutResult(status -> {
            assets.replaceTranscript(assetId, checked);
            recorder.write(actor, ChangeOperation.UPDATE, "audio_asset", Long.toString(assetId), narration.parkId(),
                    Map.of("transcript", asset.transcript()), Map.of("transcript", checked));
        });
        return assets.find(assetId).orElseThrow();
    }

    /** Deletes a recording or draft; a narration left without a recording gets a draft again. */
    void delete(long assetId) {
        AudioAsset asset = assets.find(assetId).orElseThrow(() -> new NotFoundException("audio asset", Long.toString(assetId)));
        Narration narration = narrations.get(asset.narrationId());
        String actor = GuideRights.requireMayEditNarrationsOf(narration.parkId());
        transactions.executeWithoutResult(status -> assets.delete(assetId).ifPresent(deleted -> {
            blobs.deleteIfUnused(deleted.sha256());
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("narration", deleted.narrationId());
            before.put("sha256", deleted.sha256());
            before.put("synthesized", deleted.synthesized());
            recorder.write(actor, ChangeOperation.DELETE, "audio_asset", Long.toString(assetId), narration.parkId(), before, null);
        }));
    }

    private void requireDuration(double seconds) {
        double min = properties.minDuration().toMillis() / 1000.0;
        double max = properties.maxDuration().toMillis() / 1000.0;
        if (seconds < min || seconds > max) {
            throw new UnacceptableAudioException(UnacceptableAudioException.Reason.DURATION, String.format(Locale.ROOT,
                    "The recording lasts %.1f s; a narration lasts between %.0f s and %.0f min.", seconds, min, max / 60));
        }
    }

    static UnacceptableAudioException tooLarge(DataSize limit) {
        return new UnacceptableAudioException(UnacceptableAudioException.Reason.TOO_LARGE,
                "The file is larger than the " + limit.toMegabytes() + " MB the guide accepts for one recording; "
                        + "encode it at a lower bitrate (speech needs 32–64 kbit/s in Opus, 64–96 kbit/s in MP3).");
    }

    private static String voiceName(String voice) {
        if (voice == null || voice.isBlank()) {
            return "";
        }
        String name = voice.strip();
        if (name.length() > LONGEST_VOICE_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRecordException("voice", "is the narrator's name: one line of at most " + LONGEST_VOICE_NAME + " characters");
        }
        return name;
    }
}
