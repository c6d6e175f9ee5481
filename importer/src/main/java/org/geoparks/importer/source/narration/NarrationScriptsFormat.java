package org.geoparks.importer.source.narration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.YamlErrors;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Audio-guide scripts: a folder of YAML files, one per place, each with the narration in every
 * language (geodata/FORMAT.md). A single YAML file is read the same way.
 */
@Component
public class NarrationScriptsFormat implements FileFormat {

    @Override
    public String name() {
        return "narration-scripts";
    }

    /** "/" stands for a folder; single script files end in .yaml or .yml. */
    @Override
    public List<String> extensions() {
        return List.of("/", "yaml", "yml");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        List<Path> scripts;
        if (Files.isDirectory(file)) {
            try (Stream<Path> files = Files.list(file)) {
                scripts = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$")).sorted().toList();
            }
        } else {
            scripts = List.of(file);
        }
        return new Reader(scripts.iterator());
    }

    private static final class Reader implements FeatureReader {
        private final Iterator<Path> scripts;
        private long index;

        Reader(Iterator<Path> scripts) {
            this.scripts = scripts;
        }

        @Override
        public Optional<SourceCrs> declaredCrs() {
            return Optional.empty();
        }

        @Override
        public SourceFeature next() throws IOException {
            if (!scripts.hasNext()) {
                return null;
            }
            Path script = scripts.next();
            index++;
            String label = script.getFileName().toString();
            Object document;
            try (InputStream in = Files.newInputStream(script)) {
                document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            } catch (RuntimeException e) {
                // YAMLException, and what SnakeYAML's constructors throw for a misused type tag.
                throw new UnreadableFeatureException(label, YamlErrors.describe(e));
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw new UnreadableFeatureException(label, "is not a narration script (a YAML object with place and narrations)");
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            map.forEach((k, v) -> attributes.put(String.valueOf(k), v));
            Object place = attributes.get("place");
            return new SourceFeature(index, place == null ? null : place.toString(), null, attributes);
        }

        @Override
        public void close() {
        }
    }
}
