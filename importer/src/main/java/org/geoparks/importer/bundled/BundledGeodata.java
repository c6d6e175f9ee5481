package org.geoparks.importer.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The dataset packaged in the geodata jar ({@code geodata/manifest.yaml} and the files it lists),
 * copied out to a folder because some formats (GeoPackage) must be read from a real file.
 */
public final class BundledGeodata {

    /** One file of the manifest, in load order. */
    public record Entry(String layer, Path file, Path mapping, String source) {
    }

    private final Path folder;
    private final List<Entry> entries;

    private BundledGeodata(Path folder, List<Entry> entries) {
        this.folder = folder;
        this.entries = entries;
    }

    public Path folder() {
        return folder;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads the dataset from a folder laid out like the repository's {@code geodata/}. */
    public static BundledGeodata fromFolder(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.yaml");
        if (!Files.exists(manifest)) {
            throw new IOException("no manifest.yaml in " + folder);
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            return new BundledGeodata(folder, parse(in, folder));
        }
    }

    /** Copies the packaged dataset out of the classpath into {@code target} and reads it. */
    public static BundledGeodata fromClasspath(Path target) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Resource manifest = resolver.getResource("classpath:geodata/manifest.yaml");
        if (!manifest.exists()) {
            throw new IOException("the geodata jar is not on the classpath (no geodata/manifest.yaml)");
        }
        String base = manifest.getURL().toString();
        base = base.substring(0, base.length() - "manifest.yaml".length());
        for (Resource resource : resolver.getResources("classpath*:geodata/**/*")) {
            String url = resource.getURL().toString();
            if (!url.startsWith(base) || !resource.isReadable() || url.endsWith("/")) {
                continue;
            }
            Path file = target.resolve(url.substring(base.length()));
            Files.createDirectories(file.getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return fromFolder(target);
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> parse(InputStream in, Path folder) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> layer : (List<Map<String, Object>>) root.get("layers")) {
            Object mapping = layer.get("mapping");
            entries.add(new Entry(layer.get("layer").toString(), folder.resolve(layer.get("file").toString()),
                    mapping == null ? null : folder.resolve(mapping.toString()), layer.get("source").toString()));
        }
        return entries;
    }
}
