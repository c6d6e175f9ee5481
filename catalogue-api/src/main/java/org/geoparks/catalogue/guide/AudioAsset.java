package org.geoparks.catalogue.guide;

import java.time.Instant;

/**
 * One recording or synthesized draft of a narration.
 *
 * @param synthesized  a draft voice made from the script, never to be taken for a recording
 * @param voice        who speaks: a narrator's name, or the synthesizer's voice ({@code espeak-ng vi})
 * @param scriptSha256 SHA-256 of the script when the asset was made
 * @param transcript   WebVTT, timed to this asset
 */
record AudioAsset(long id, String narrationId, AudioFormat format, long bytes, double durationS, String sha256,
                  boolean synthesized, String voice, String scriptSha256, String transcript, Instant createdAt) {

    String url() {
        return "/api/v1/audio/" + id;
    }

    String transcriptUrl() {
        return "/api/v1/audio/" + id + ".vtt";
    }

    /** "recorded" or "synthesized", as documents and manifests say it. */
    String origin() {
        return synthesized ? "synthesized" : "recorded";
    }

    /** A strong validator: the bytes are content-addressed, so their hash is their version. */
    String etag() {
        return "\"" + sha256 + "\"";
    }

    String transcriptEtag() {
        return "\"vtt-" + AudioBlobs.sha256(transcript.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"";
    }
}
