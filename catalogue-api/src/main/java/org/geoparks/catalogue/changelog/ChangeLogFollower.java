package org.geoparks.catalogue.changelog;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows the change log from this instance's start and publishes {@link CatalogueChanged} for
 * each batch of final entries. Whatever an instance derives from the catalogue (indexes,
 * caches) is built after start-up from the database and kept current by these events.
 */
@Component
@ConditionalOnProperty(name = "catalogue.change-log.follow", havingValue = "true", matchIfMissing = true)
public class ChangeLogFollower {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogFollower.class);
    private static final int BATCH = 1000;

    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private volatile ChangePosition position;

    ChangeLogFollower(ChangeLog changeLog, ApplicationEventPublisher events) {
        this.changeLog = changeLog;
        this.events = events;
    }

    public ChangePosition position() {
        return position;
    }

    @Scheduled(fixedDelayString = "${catalogue.change-log.poll-interval:500ms}")
    public void poll() {
        try {
            if (position == null) {
                position = changeLog.horizon();
            }
            List<Change> batch;
            do {
                batch = changeLog.readAfter(position, BATCH);
                if (!batch.isEmpty()) {
                    events.publishEvent(new CatalogueChanged(batch));
                    position = batch.get(batch.size() - 1).position();
                }
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Could not read the change log ({}); caches may lag until the database answers again.", e.getMessage());
        }
    }
}
