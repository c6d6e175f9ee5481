package org.geoparks.importer.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.springframework.stereotype.Component;

/** The layers the importer can write to: every layer of the catalogue that takes imports. */
@Component
public class LayerTargets {

    private final Map<String, LayerTarget> byName = new LinkedHashMap<>();
    private final List<String> layers;

    public LayerTargets(List<ImportableLayer<?>> importable, ObjectMapper json) {
        for (ImportableLayer<?> layer : importable) {
            LayerTarget target = new DeclaredLayerTarget<>(layer, json);
            target.names().forEach(name -> byName.put(name, target));
        }
        this.layers = importable.stream().map(l -> l.declaration().name()).sorted().toList();
    }

    /** The target of a layer by any of its names. */
    public Optional<LayerTarget> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The layers' names, for messages. */
    public List<String> layers() {
        return layers;
    }
}
