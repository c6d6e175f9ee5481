package org.geoparks.catalogue.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audio bytes, content-addressed by SHA-256: kept in the database that every instance shares,
 * copied on first use into this instance's disk cache, from which they are served and packed
 * (docs/decisions/0020-audio-storage.md). A cached file is named by its hash, never by anything
 * a client sent, and is immutable: it can be deleted at any time and is fetched again.
 */
@Component
class AudioBlobs {

    private static final Logger log = LoggerFactory.getLogger(AudioBlobs.class);
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    private static final int CHUNK = 1 << 20;

    private final JdbcTemplate jdbc;
    private final Path cache;

    AudioBlobs(JdbcTemplate jdbc, GuideProperties properties) {
        this.jdbc = jdbc;
        this.cache = properties.cachePath().toAbsolutePath().normalize();
        log.info("Audio guide: audio is kept in the database and cached in {}", cache);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Stores the file's bytes under their hash, unless they are stored already; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void store(Path file, String sha256) {
        requireHash(sha256);
        Integer known = jdbc.query("SELECT 1 FROM audio_blob WHERE sha256 = ?", rs -> rs.next() ? 1 : null, sha256);
        if (known != null) {
            return;
        }
        try {
            long size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                jdbc.update("INSERT INTO audio_blob (sha256, bytes, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING", ps -> {
                    ps.setString(1, sha256);
                    ps.setLong(2, size);
                    ps.setBinaryStream(3, in, size);
                });
            }
            cacheCopy(file, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audio to store: " + e.getMessage(), e);
        }
    }

    /** Deletes the blob if no asset names it any more; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void deleteIfUnused(String sha256) {
        jdbc.update("DELETE FROM audio_blob b WHERE b.sha256 = ? AND NOT EXISTS (SELECT 1 FROM audio_asset a WHERE a.storage_key = b.sha256)", sha256);
    }

    /** A local file holding the blob, fetched from the database into the cache on first use and checked against its hash. */
    Path local(String sha256, long size) throws IOException {
        requireHash(sha256);
        Path cached = cached(sha256);
        if (Files.isRegularFile(cached) && Files.size(cached) == size) {
            return cached;
        }
        Files.createDirectories(cached.getParent());
        Path partial = Files.createTempFile(cached.getParent(), sha256, ".part");
        try {
            MessageDigest digest = digest();
            try (OutputStream out = Files.newOutputStream(partial)) {
                for (long offset = 0; offset < size; offset += CHUNK) {
                    byte[] chunk = jdbc.queryForObject("SELECT substring(content FROM ?::int FOR ?::int) FROM audio_blob WHERE sha256 = ?",
                            byte[].class, offset + 1, (int) Math.min(CHUNK, size - offset), sha256);
                    if (chunk == null || chunk.length == 0) {
                        throw new IOException("the database holds fewer bytes of audio " + sha256 + " than its asset says");
                    }
                    digest.update(chunk);
                    out.write(chunk);
                }
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(sha256)) {
                throw new IOException("audio " + sha256 + " read from the database hashes to " + actual);
            }
            moveInto(partial, cached);
            return cached;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private void cacheCopy(Path file, String sha256) {
        try {
            Path cached = cached(sha256);
            if (Files.isRegularFile(cached)) {
                return;
            }
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), sha256, ".part");
            try {
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                moveInto(partial, cached);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            // only a cache: the next read fetches it from the database
            log.warn("Could not cache audio {} in {}: {}", sha256, cache, e.getMessage());
        }
    }

    private static void moveInto(Path partial, Path cached) throws IOException {
        try {
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path cached(String sha256) {
        return cache.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void requireHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
