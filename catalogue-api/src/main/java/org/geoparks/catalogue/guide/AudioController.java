package org.geoparks.catalogue.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.geoparks.catalogue.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audio and transcripts. Audio is content-addressed and so immutable: a strong ETag (its SHA-256)
 * and a year of caching; byte ranges let a phone seek in a long narration without downloading
 * it. Transcripts can be corrected, so they are cached briefly and revalidated by ETag.
 */
@RestController
class AudioController {

    private static final Logger log = LoggerFactory.getLogger(AudioController.class);
    static final MediaType VTT = MediaType.parseMediaType("text/vtt;charset=UTF-8");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final AudioAssets assets;
    private final AudioBlobs blobs;
    private final Recordings recordings;
    private final ObjectMapper json;

    AudioController(AudioAssets assets, AudioBlobs blobs, Recordings recordings, ObjectMapper json) {
        this.assets = assets;
        this.blobs = blobs;
        this.recordings = recordings;
        this.json = json;
    }

    @GetMapping("/api/v1/audio/{assetId:\\d+}")
    void audio(@PathVariable long assetId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AudioAsset asset = asset(assetId);
        response.setHeader(HttpHeaders.ETAG, asset.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (EntityTags.noneMatchFails(request.getHeader(HttpHeaders.IF_NONE_MATCH), asset.etag())) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        ByteRange range = ByteRange.decide(request.getHeader(HttpHeaders.RANGE), request.getHeader(HttpHeaders.IF_RANGE), asset.etag(), asset.bytes());
        if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
            response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(asset.bytes()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            ProblemDetail problem = GuideProblems.answer(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "range-not-satisfiable",
                    "Range not satisfiable", "The audio has " + asset.bytes() + " bytes; ask for one range of them, e.g. Range: bytes=0-1023, "
                            + "bytes=1024- or bytes=-1024.").getBody();
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        long start = range.kind() == ByteRange.Kind.PARTIAL ? range.start() : 0;
        long length = range.kind() == ByteRange.Kind.PARTIAL ? range.length() : asset.bytes();
        if (range.kind() == ByteRange.Kind.PARTIAL) {
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(asset.bytes()));
        }
        response.setContentType(asset.format().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + asset.id() + "." + asset.format().extension() + "\"");
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        Path file = blobs.local(asset.sha256(), asset.bytes());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            OutputStream out = response.getOutputStream();
            WritableByteChannel target = Channels.newChannel(out);
            long sent = 0;
            while (sent < length) {
                sent += channel.transferTo(start + sent, length - sent, target);
            }
            out.flush();
        } catch (IOException e) {
            log.debug("Audio {}: the client went away after part of the answer ({})", assetId, e.getMessage());
        }
    }

    @GetMapping("/api/v1/audio/{assetId:\\d+}.vtt")
    ResponseEntity<String> transcript(@PathVariable long assetId,
                                      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        AudioAsset asset = asset(assetId);
        String etag = asset.transcriptEtag();
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
        if (EntityTags.noneMatchFails(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(VTT).eTag(etag).cacheControl(cache)
                .body(asset.transcript());
    }

    /** Replaces the transcript of a recording (its timings checked against the audio). */
    @PutMapping(path = "/api/v1/audio/{assetId:\\d+}.vtt", consumes = {"text/vtt", "text/plain"})
    ResponseEntity<String> replaceTranscript(@PathVariable long assetId, @RequestBody byte[] body) {
        AudioAsset asset = recordings.replaceTranscript(assetId, new String(body, StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(VTT).eTag(asset.transcriptEtag()).body(asset.transcript());
    }

    @DeleteMapping("/api/v1/audio/{assetId:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long assetId) {
        recordings.delete(assetId);
        return ResponseEntity.noContent().build();
    }

    private AudioAsset asset(long assetId) {
        return assets.find(assetId).orElseThrow(() -> new NotFoundException("audio asset", Long.toString(assetId)));
    }
}
