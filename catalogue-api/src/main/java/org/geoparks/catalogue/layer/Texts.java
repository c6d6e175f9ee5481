package org.geoparks.catalogue.layer;

import java.util.Map;
import org.geoparks.catalogue.i18n.LocalizedText;

/** Texts of the declarations themselves (layer titles and descriptions), in the catalogue's three languages. */
public final class Texts {

    private Texts() {
    }

    public static LocalizedText trilingual(String en, String vi, String zh) {
        return LocalizedText.of(Map.of("en", en, "vi", vi, "zh-Hans", zh));
    }
}
