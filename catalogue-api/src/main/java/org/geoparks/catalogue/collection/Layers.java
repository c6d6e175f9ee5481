package org.geoparks.catalogue.collection;

import java.util.List;
import java.util.Optional;
import org.geoparks.catalogue.guide.NarrationLayer;
import org.geoparks.catalogue.hazard.HazardLayer;
import org.geoparks.catalogue.heritage.HeritageLayer;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.park.ParkLayer;
import org.geoparks.catalogue.partner.PartnerLayer;
import org.geoparks.catalogue.partner.ProductLayer;
import org.geoparks.catalogue.place.PlaceLayer;
import org.geoparks.catalogue.route.RouteLayer;
import org.geoparks.catalogue.route.RouteStopLayer;
import org.geoparks.catalogue.sign.SignLayer;

/**
 * Every layer of the catalogue, in the order people meet them (parks, places, heritage…). Each
 * layer's package declares it; this is only the list, for the views that cover them all (the map
 * service's collections, search).
 */
public final class Layers {

    public static final List<LayerDeclaration<?>> ALL = List.of(
            ParkLayer.DECLARATION, PlaceLayer.DECLARATION, HeritageLayer.DECLARATION, PartnerLayer.DECLARATION,
            ProductLayer.DECLARATION, RouteLayer.DECLARATION, RouteStopLayer.DECLARATION, HazardLayer.DECLARATION, SignLayer.DECLARATION,
            NarrationLayer.DECLARATION);

    private Layers() {
    }

    public static Optional<LayerDeclaration<?>> named(String name) {
        return ALL.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
