package org.geoparks.catalogue.ogc;

import java.util.List;

/** The conformance classes this service implements, and nothing it does not. */
final class Conformance {

    static final List<String> CLASSES = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            // Part 4 on the collections people edit (OgcTransactionsController)
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features");

    private Conformance() {
    }
}
