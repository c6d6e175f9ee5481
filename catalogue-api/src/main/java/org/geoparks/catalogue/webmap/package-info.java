/**
 * The web map: the tourists' page at {@code /} and the managers' page at {@code /manage}, their
 * labels in the service's message bundles, the web app manifest and the service worker that keeps
 * downloaded parks usable offline. The pages read only the public APIs (docs/web-map.md).
 */
package org.geoparks.catalogue.webmap;
