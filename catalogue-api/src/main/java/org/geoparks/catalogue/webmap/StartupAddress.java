package org.geoparks.catalogue.webmap;

import org.geoparks.catalogue.system.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The last line of start-up, once the data is loaded: where to open the map and the managers' page. */
@Component
class StartupAddress {

    private static final Logger log = LoggerFactory.getLogger(StartupAddress.class);

    private final PublicUrl url;

    StartupAddress(PublicUrl url) {
        this.url = url;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("The catalogue is ready. Open the map at {}/ — managers: {}/manage — map service: {}/ogc", url.base(), url.base(), url.base());
    }
}
