package org.geoparks.catalogue.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geoparks.catalogue.support.InvalidRecordException;

/** Transcripts as WebVTT: written from timed cues, and uploaded ones checked against their recording. */
final class WebVtt {

    /** How far a cue may run past the end of its recording (players round, encoders pad). */
    private static final double END_TOLERANCE_S = 1.0;
    private static final Pattern TIMING = Pattern.compile(
            "^((?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3})\\s+-->\\s+((?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3})(\\s.*)?$");

    /** One cue: what is said from {@code start} to {@code end} seconds. */
    record Cue(double start, double end, String text) {
    }

    private WebVtt() {
    }

    static String write(List<Cue> cues, String note) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        if (note != null) {
            vtt.append("NOTE ").append(note.replace("-->", "->").replace("\n\n", "\n")).append("\n\n");
        }
        int n = 1;
        for (Cue cue : cues) {
            vtt.append(n++).append('\n').append(timestamp(cue.start())).append(" --> ").append(timestamp(cue.end())).append('\n')
                    .append(escape(cue.text())).append("\n\n");
        }
        return vtt.toString();
    }

    /**
     * Times sentences over a recording in proportion to their length: the estimate used when a
     * recording comes without a transcript of its own.
     */
    static List<Cue> proportional(List<String> sentences, double durationS) {
        long total = sentences.stream().mapToLong(s -> s.codePointCount(0, s.length())).sum();
        List<Cue> cues = new ArrayList<>();
        double at = 0;
        for (String sentence : sentences) {
            double length = durationS * sentence.codePointCount(0, sentence.length()) / Math.max(1, total);
            cues.add(new Cue(at, Math.min(durationS, at + length), sentence));
            at += length;
        }
        return cues;
    }

    /** Checks an uploaded transcript: WebVTT, cues in order, within the recording. Returns it normalised. */
    static String checked(String vtt, double durationS) {
        String text = vtt.startsWith("\uFEFF") ? vtt.substring(1) : vtt;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.startsWith("WEBVTT") || (text.length() > 6 && text.charAt(6) != '\n' && text.charAt(6) != ' ' && text.charAt(6) != '\t')) {
            throw new InvalidRecordException("transcript", "is not WebVTT: the file must begin with the line WEBVTT");
        }
        double previousStart = 0;
        int cues = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i].strip());
            if (!lines[i].contains("-->")) {
                continue;
            }
            if (!timing.matches()) {
                throw new InvalidRecordException("transcript", "line " + (i + 1) + " is not a cue timing (expected 00:00:01.000 --> 00:00:04.000)");
            }
            double start = seconds(timing.group(1));
            double end = seconds(timing.group(2));
            if (end <= start) {
                throw new InvalidRecordException("transcript", "the cue on line " + (i + 1) + " ends before it starts");
            }
            if (start < previousStart) {
                throw new InvalidRecordException("transcript", "the cue on line " + (i + 1) + " starts before the cue before it");
            }
            if (end > durationS + END_TOLERANCE_S) {
                throw new InvalidRecordException("transcript", String.format(Locale.ROOT,
                        "the cue on line %d ends at %.1f s, after the recording's end (%.1f s)", i + 1, end, durationS));
            }
            if (i + 1 >= lines.length || lines[i + 1].isBlank()) {
                throw new InvalidRecordException("transcript", "the cue on line " + (i + 1) + " has no text");
            }
            previousStart = start;
            cues++;
        }
        if (cues == 0) {
            throw new InvalidRecordException("transcript", "has no cues");
        }
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String timestamp(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static double seconds(String timestamp) {
        String[] parts = timestamp.split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        int minutes = Integer.parseInt(parts[parts.length - 2]);
        int hours = parts.length == 3 ? Integer.parseInt(parts[0]) : 0;
        return hours * 3600.0 + minutes * 60.0 + seconds;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
