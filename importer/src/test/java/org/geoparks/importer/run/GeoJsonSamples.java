package org.geoparks.importer.run;

/** Small GeoJSON files in the catalogue's format, around Bản Giốc (Cao Bằng). */
final class GeoJsonSamples {

    private GeoJsonSamples() {
    }

    static final String PARK = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "non-nuoc-cao-bang",
              "geometry": {"type": "Polygon", "coordinates": [[[106.3, 22.5], [106.9, 22.5], [106.9, 23.0], [106.3, 23.0], [106.3, 22.5]]]},
              "properties": {"name": {"vi": "Non nước Cao Bằng", "en": "Non nuoc Cao Bang", "zh-Hans": "高平山水"},
                "country": "VN", "unesco_year": 2018, "languages": ["vi", "en", "zh-Hans"], "catalogued": true,
                "boundary_quality": "approximate-from-districts", "source": ["test"], "position_precision": "approximate-boundary"}}]}""";

    static final String BAN_GIOC = """
            {"type": "Feature", "id": "cb-ban-gioc-waterfall", "geometry": {"type": "Point", "coordinates": [106.7236, 22.8536]},
             "properties": {"park": "non-nuoc-cao-bang", "kind": "waterfall", "elevation_m": 300,
               "name": {"vi": "Thác Bản Giốc", "en": "Bản Giốc waterfall", "zh-Hans": "板约瀑布"},
               "source": ["test"], "position_precision": "±100 m"}}""";

    static final String NGUOM_NGAO = """
            {"type": "Feature", "id": "cb-nguom-ngao-cave", "geometry": {"type": "Point", "coordinates": [106.6939, 22.8408]},
             "properties": {"park": "non-nuoc-cao-bang", "kind": "cave",
               "name": {"vi": "Động Ngườm Ngao", "en": "Ngườm Ngao cave", "zh-Hans": "虎洞"},
               "source": ["test"], "position_precision": "±1 km"}}""";

    static String places(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
    }
}
