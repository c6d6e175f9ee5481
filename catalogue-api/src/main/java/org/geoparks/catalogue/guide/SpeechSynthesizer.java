package org.geoparks.catalogue.guide;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Draft voices: espeak-ng speaks a script sentence by sentence, opusenc encodes the whole to Ogg
 * Opus. Speaking each cue on its own gives the transcript timings measured from the audio itself
 * (each cue lasts exactly as long as its samples), not estimated. Processes get the text on their
 * standard input, never on a command line, and are stopped when they overrun.
 */
@Component
class SpeechSynthesizer {

    private static final Logger log = LoggerFactory.getLogger(SpeechSynthesizer.class);
    /** espeak-ng voices for the languages the catalogue writes; others get no draft. */
    private static final Map<String, String> VOICES = Map.of("vi", "vi", "en", "en", "zh-Hans", "cmn");

    private final GuideProperties.Synthesis settings;
    private final Availability availability;

    /** Whether drafts can be made here, and if not why, for logs and the coverage report. */
    record Availability(boolean available, String detail) {
    }

    /** A synthesized draft: an Ogg Opus file and the cues it speaks, timed. */
    record Draft(Path opus, List<WebVtt.Cue> cues, String voice) {
    }

    SpeechSynthesizer(GuideProperties properties) {
        this.settings = properties.synthesis();
        this.availability = probe();
        if (availability.available()) {
            log.info("Audio guide: draft voices by {}", availability.detail());
        } else {
            log.warn("Audio guide: no draft voices ({}); narrations are served as texts and transcripts only.", availability.detail());
        }
    }

    Availability availability() {
        return availability;
    }

    /** The voice a language's drafts are spoken in, as recorded on the asset: {@code espeak-ng cmn}. */
    static Optional<String> voiceFor(String language) {
        return Optional.ofNullable(VOICES.get(language)).map(v -> "espeak-ng " + v);
    }

    /** Speaks the script into an Ogg Opus file in {@code workDir}. */
    Draft synthesize(String language, String script, String title, long serial, Path workDir) throws IOException, InterruptedException {
        String espeakVoice = Optional.ofNullable(VOICES.get(language))
                .orElseThrow(() -> new IllegalArgumentException("no draft voice for " + language));
        Path pcm = workDir.resolve("speech.pcm");
        Path wav = workDir.resolve("cue.wav");
        List<WebVtt.Cue> cues = new ArrayList<>();
        Wave format = null;
        long samples = 0;
        try (OutputStream out = Files.newOutputStream(pcm)) {
            for (String text : ScriptCues.split(script, language)) {
                run(List.of(settings.espeak(), "-v", espeakVoice, "-b", "1", "--stdout"), text, wav);
                Wave wave = Wave.read(wav, out);
                if (format != null && !format.sameFormat(wave)) {
                    throw new IOException("espeak-ng changed its output format between sentences");
                }
                format = wave;
                if (wave.samples() > 0) {
                    cues.add(new WebVtt.Cue(samples / (double) wave.rate(), (samples + wave.samples()) / (double) wave.rate(), text));
                    samples += wave.samples();
                }
            }
        }
        if (format == null || samples == 0) {
            throw new IOException("espeak-ng produced no speech for this script");
        }
        Path opus = workDir.resolve("draft.opus");
        run(List.of(settings.opusenc(), "--quiet", "--bitrate", Integer.toString(settings.bitrateKbps()), "--serial", Long.toString(serial),
                "--raw", "--raw-bits", "16", "--raw-rate", Integer.toString(format.rate()), "--raw-chan", Integer.toString(format.channels()),
                "--title", title, "--artist", "Synthesized draft (" + voiceFor(language).orElseThrow() + ")",
                "--comment", "SYNTHESIZED=draft voice, not a recording", pcm.toString(), opus.toString()), null, null);
        Files.deleteIfExists(pcm);
        Files.deleteIfExists(wav);
        return new Draft(opus, cues, voiceFor(language).orElseThrow());
    }

    private Availability probe() {
        if (!settings.enabled()) {
            return new Availability(false, "speech synthesis is switched off (catalogue.guide.synthesis.enabled=false)");
        }
        String espeak = version(settings.espeak());
        if (espeak == null) {
            return new Availability(false, "'" + settings.espeak() + "' cannot be run; install the Debian package espeak-ng");
        }
        String opusenc = version(settings.opusenc());
        if (opusenc == null) {
            return new Availability(false, "'" + settings.opusenc() + "' cannot be run; install the Debian package opus-tools");
        }
        return new Availability(true, espeak + "; " + opusenc);
    }

    /** The first line a tool prints for --version, or null when it cannot be run. */
    private String version(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return output.lines().findFirst().orElse(command).replaceAll("\\s+", " ");
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void run(List<String> command, String stdin, Path stdout) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("synthesis", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
            Process process = builder.start();
            try {
                try (OutputStream in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    }
                }
                Duration timeout = settings.timeout();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IOException(command.get(0) + " ran longer than " + timeout.toSeconds() + " s and was stopped");
                }
                if (process.exitValue() != 0) {
                    String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                    throw new IOException(command.get(0) + " failed (exit " + process.exitValue() + "): "
                            + message.substring(0, Math.min(message.length(), 500)));
                }
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The PCM of a WAV file espeak-ng wrote, appended to {@code out}. */
    record Wave(int rate, int channels, int bits, long samples) {

        boolean sameFormat(Wave other) {
            return rate == other.rate && channels == other.channels && bits == other.bits;
        }

        static Wave read(Path file, OutputStream out) throws IOException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                ByteBuffer riff = ByteBuffer.wrap(in.readNBytes(12)).order(ByteOrder.LITTLE_ENDIAN);
                if (riff.limit() < 12 || riff.getInt(0) != 0x46464952 || riff.getInt(8) != 0x45564157) { // "RIFF", "WAVE"
                    throw new IOException("espeak-ng did not write a WAV file");
                }
                int rate = 0;
                int channels = 0;
                int bits = 0;
                while (true) {
                    ByteBuffer chunk = ByteBuffer.wrap(in.readNBytes(8)).order(ByteOrder.LITTLE_ENDIAN);
                    if (chunk.limit() < 8) {
                        throw new IOException("espeak-ng wrote a WAV file without audio data");
                    }
                    String id = new String(chunk.array(), 0, 4, StandardCharsets.US_ASCII);
                    long size = chunk.getInt(4) & 0xffffffffL;
                    if (id.equals("fmt ")) {
                        ByteBuffer fmt = ByteBuffer.wrap(in.readNBytes((int) size)).order(ByteOrder.LITTLE_ENDIAN);
                        if (fmt.getShort(0) != 1) {
                            throw new IOException("espeak-ng wrote WAV that is not PCM");
                        }
                        channels = fmt.getShort(2);
                        rate = fmt.getInt(4);
                        bits = fmt.getShort(14);
                    } else if (id.equals("data")) {
                        if (bits != 16 || channels < 1) {
                            throw new IOException("espeak-ng wrote " + bits + "-bit WAV; 16-bit PCM was expected");
                        }
                        // espeak-ng writing to a pipe cannot know the size: the data runs to the end
                        long copied = in.transferTo(out);
                        int frame = channels * 2;
                        if (copied % frame != 0) {
                            throw new IOException("espeak-ng wrote a WAV file cut inside a sample");
                        }
                        return new Wave(rate, channels, bits, copied / frame);
                    } else {
                        in.skipNBytes(size + (size & 1));
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return "SpeechSynthesizer[" + availability.detail().toLowerCase(Locale.ROOT) + "]";
    }
}
