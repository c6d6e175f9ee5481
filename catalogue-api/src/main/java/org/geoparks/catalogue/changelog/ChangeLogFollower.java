package org.geoparks.catalogue.changelog;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows the change log from this instance's start and publishes {@link CatalogueChanged} for
 * each batch of committed changes. Whatever an instance derives from the catalogue (caches,
 * versions) is built after start-up from the database and kept current by these events. A change
 * is published one poll interval after its transaction commits, even while an older transaction
 * still runs.
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
                position = changeLog.now();
            }
            // Published after the read, outside its snapshot transaction: listeners open transactions
            // of their own (JPA ones too, which cannot join a plain JDBC one). A listener that fails
            // leaves the position where it was, so the same changes are published again next time.
            List<List<Change>> batches = new ArrayList<>();
            ChangePosition next = changeLog.read(position, BATCH, batches::add);
            for (List<Change> batch : batches) {
                events.publishEvent(new CatalogueChanged(batch));
            }
            position = next;
        } catch (RuntimeException e) {
            log.warn("Could not follow the change log ({}); caches may lag until it can be read again.", e.getMessage());
        }
    }
}
