package org.geoparks.catalogue.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.Subset;
import org.springframework.stereotype.Component;

/**
 * The collections of the map service, derived from the layers' declarations: each mapped layer,
 * followed by its named parts. The map service, its tiles and search all list collections here.
 */
@Component
public class Collections {

    private final Map<String, Collection> byId = new LinkedHashMap<>();

    public Collections() {
        this(Layers.ALL);
    }

    public Collections(List<LayerDeclaration<?>> layers) {
        for (LayerDeclaration<?> layer : layers) {
            if (!layer.isMapped()) {
                continue;
            }
            add(Collection.of(layer));
            for (Subset subset : layer.subsets()) {
                add(Collection.of(layer, subset));
            }
        }
    }

    private void add(Collection collection) {
        if (byId.putIfAbsent(collection.id(), collection) != null) {
            throw new IllegalStateException("two collections are called '" + collection.id() + "'");
        }
    }

    public List<Collection> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<Collection> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
