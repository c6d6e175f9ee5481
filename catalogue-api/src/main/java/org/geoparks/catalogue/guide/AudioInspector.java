package org.geoparks.catalogue.guide;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says what an uploaded file really is, from its bytes alone: its name and the Content-Type the
 * client claimed are never trusted. Ogg Opus and MP3 are parsed through to the end; a few
 * common formats the guide does not take are named so that the refusal says what to do.
 */
final class AudioInspector {

    private AudioInspector() {
    }

    static InspectedAudio inspect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (head.length == 0) {
            throw new UnacceptableAudioException(UnacceptableAudioException.Reason.MALFORMED, "The file is empty.");
        }
        if (startsWith(head, 0, "OggS")) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                return OggOpusReader.read(in);
            }
        }
        if (Mp3Reader.looksLikeMp3(head)) {
            return Mp3Reader.read(file);
        }
        throw new UnacceptableAudioException(UnacceptableAudioException.Reason.UNSUPPORTED_FORMAT, describe(head)
                + "The guide accepts Ogg Opus (.opus) and MP3 (.mp3) recordings.");
    }

    private static String describe(byte[] head) {
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return "This is a WAV file (uncompressed); encode it as Opus or MP3 first. ";
        }
        if (startsWith(head, 0, "fLaC")) {
            return "This is a FLAC file; encode it as Opus or MP3 first. ";
        }
        if (startsWith(head, 4, "ftyp")) {
            return "This is an MP4/M4A file; export it as Opus or MP3. ";
        }
        if (startsWith(head, 0, "%PDF") || startsWith(head, 0, "PK") || startsWith(head, 0, "\u0089PNG") || startsWith(head, 0, "GIF8")
                || ((head[0] & 0xff) == 0xff && head.length > 1 && (head[1] & 0xff) == 0xd8)) {
            return "This is not audio (a document, an archive or a picture). ";
        }
        return "This is not a recording in a format the guide knows. ";
    }

    private static boolean startsWith(byte[] bytes, int at, String magic) {
        if (bytes.length < at + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[at + i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
