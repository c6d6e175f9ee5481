package org.geoparks.catalogue.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * Offline packs: a zip a player downloads once, on the hotel's Wi-Fi, and uses in the valleys
 * without signal. It holds the guide's GeoJSON documents, one audio file and one transcript per
 * narration, and a manifest that lists every file with its size and SHA-256 and names the
 * pack's version: the hash of that list, so the version changes exactly when a file does, and
 * the same content always makes the same bytes (fixed entry times, fixed order). The documents
 * are small and made first; audio is streamed from the disk cache entry by entry, so a pack of
 * any size is written with a few buffers of memory (docs/decisions/0024-serving-and-packs.md).
 */
@Component
class GuidePacks {

    static final String FORMAT = "geopark-guide-pack";
    static final int FORMAT_VERSION = 1;
    /** Entries carry this time, not the time of writing: the same content makes the same zip. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final GuideDocuments documents;
    private final GuideQueries queries;
    private final AudioBlobs blobs;
    private final ObjectMapper json;

    GuidePacks(GuideDocuments documents, GuideQueries queries, AudioBlobs blobs, ObjectMapper json) {
        this.documents = documents;
        this.queries = queries;
        this.blobs = blobs;
        this.json = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    /** One file of a pack: a small document held in memory, or an audio file streamed from the cache. */
    record Entry(String path, String mediaType, byte[] content, AudioAsset audio) {

        long bytes() {
            return content != null ? content.length : audio.bytes();
        }

        String sha256() {
            return content != null ? AudioBlobs.sha256(content) : audio.sha256();
        }
    }

    /** A pack ready to write: its version (the ETag) and its entries, manifest first. */
    record Pack(String name, String version, List<Entry> entries) {
    }

    Pack ofPark(String parkId, GuideDocuments.Requested requested) {
        PackContents files = new PackContents();
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("places.geojson", bytes(documents.parkPlaces(parkId, requested, files).body()));
        for (String routeId : queries.routeIdsOfPark(parkId)) {
            docs.put("routes/" + routeId + ".geojson", bytes(documents.routeGuide(routeId, requested, files).body()));
        }
        return pack(parkId, null, requested, docs, files);
    }

    Pack ofRoute(String routeId, GuideDocuments.Requested requested) {
        PackContents files = new PackContents();
        GuideDocuments.Document route = documents.routeGuide(routeId, requested, files);
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("route.geojson", bytes(route.body()));
        return pack(route.body().path("park").asText(), routeId, requested, docs, files);
    }

    private Pack pack(String parkId, String routeId, GuideDocuments.Requested requested, Map<String, byte[]> docs, PackContents files) {
        List<Entry> entries = new ArrayList<>();
        docs.forEach((path, content) -> entries.add(new Entry(path, "application/geo+json", content, null)));
        for (AudioAsset asset : files.assets.values()) {
            entries.add(new Entry(files.transcript(asset), "text/vtt", asset.transcript().getBytes(StandardCharsets.UTF_8), null));
        }
        for (AudioAsset asset : files.assets.values()) {
            entries.add(new Entry(files.audio(asset), asset.format().mediaType(), null, asset));
        }
        StringBuilder listing = new StringBuilder(FORMAT + " " + FORMAT_VERSION + "\n");
        entries.stream().sorted(Comparator.comparing(Entry::path))
                .forEach(e -> listing.append(e.path()).append(' ').append(e.bytes()).append(' ').append(e.sha256()).append('\n'));
        String version = AudioBlobs.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));

        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("format_version", FORMAT_VERSION);
        manifest.put("version", version);
        manifest.put("park", parkId);
        if (routeId != null) {
            manifest.put("route", routeId);
        }
        if (requested.lang() != null) {
            manifest.put("requested_language", requested.lang());
        }
        manifest.set("language_chain", json.valueToTree(requested.forPark(queries.parkLanguages(parkId)).chain()));
        manifest.put("positions", "public positions only; protected sites are generalised and never trigger by position");
        ArrayNode list = manifest.putArray("files");
        for (Entry e : entries) {
            ObjectNode file = list.addObject();
            file.put("path", e.path());
            file.put("media_type", e.mediaType());
            file.put("bytes", e.bytes());
            file.put("sha256", e.sha256());
        }
        List<Entry> all = new ArrayList<>();
        all.add(new Entry("manifest.json", "application/json", bytes(manifest), null));
        all.addAll(entries);
        String name = (routeId != null ? routeId : parkId) + "-guide" + (requested.lang() != null ? "-" + requested.lang() : "");
        return new Pack(name, version, all);
    }

    /** Writes the pack as a zip; audio entries are stored (they do not compress), documents deflated. */
    void write(Pack pack, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] buffer = new byte[64 * 1024];
        for (Entry e : pack.entries()) {
            ZipEntry entry = new ZipEntry(e.path());
            entry.setTimeLocal(ENTRY_TIME);
            if (e.content() != null) {
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                zip.write(e.content());
            } else {
                Path file = blobs.local(e.audio().sha256(), e.audio().bytes());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.audio().bytes());
                entry.setCompressedSize(e.audio().bytes());
                entry.setCrc(crc(file, buffer));
                zip.putNextEntry(entry);
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        zip.write(buffer, 0, n);
                    }
                }
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static long crc(Path file, byte[] buffer) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private byte[] bytes(ObjectNode document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audio and transcripts the documents of one pack refer to, named by asset id. */
    private static final class PackContents implements GuideDocuments.PackFiles {
        final Map<Long, AudioAsset> assets = new LinkedHashMap<>();

        @Override
        public String audio(AudioAsset asset) {
            assets.putIfAbsent(asset.id(), asset);
            return "audio/" + asset.id() + "." + asset.format().extension();
        }

        @Override
        public String transcript(AudioAsset asset) {
            assets.putIfAbsent(asset.id(), asset);
            return "transcripts/" + asset.id() + ".vtt";
        }
    }
}
