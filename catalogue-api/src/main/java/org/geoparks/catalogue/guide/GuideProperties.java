package org.geoparks.catalogue.guide;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the audio guide ({@code catalogue.guide.*} in application.yaml).
 *
 * @param cachePath     where this instance keeps its disk copies of audio (the database holds the originals)
 * @param maxUploadSize largest recording accepted (the multipart limit says the same)
 * @param minDuration   shortest recording accepted
 * @param maxDuration   longest recording accepted
 */
@ConfigurationProperties("catalogue.guide")
record GuideProperties(
        @DefaultValue(".catalogue/audio-cache") Path cachePath,
        @DefaultValue("40MB") DataSize maxUploadSize,
        @DefaultValue("1s") Duration minDuration,
        @DefaultValue("20m") Duration maxDuration,
        @DefaultValue Synthesis synthesis) {

    /**
     * Draft voices.
     *
     * @param enabled    synthesize drafts at all (off: texts and transcripts only)
     * @param background synthesize what is missing after start-up and when scripts change; off on
     *                   instances that should leave it to others (and in tests, which call it directly)
     * @param workers    narrations synthesized at once (each runs one espeak-ng, then one opusenc)
     * @param espeak     the espeak-ng command
     * @param opusenc    the opusenc command (Debian's opus-tools)
     * @param timeout    longest one process may run before it is stopped
     * @param bitrateKbps Opus bitrate of the drafts: speech, mono
     */
    record Synthesis(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean background,
            @DefaultValue("1") int workers,
            @DefaultValue("espeak-ng") String espeak,
            @DefaultValue("opusenc") String opusenc,
            @DefaultValue("120s") Duration timeout,
            @DefaultValue("32") int bitrateKbps) {
    }
}
