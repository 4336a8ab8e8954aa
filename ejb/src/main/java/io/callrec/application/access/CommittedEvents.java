package io.callrec.application.access;

import io.callrec.infrastructure.persistence.EventFeed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Places every outcome event committed by now in the feed before a reader reads it (the API's feed, the
 * web event dispatcher), creating the sequencer's lock row on the first use.
 */
@ApplicationScoped
public class CommittedEvents {

    private static final Logger LOG = Logger.getLogger(CommittedEvents.class.getName());

    @Inject
    EventFeed feed;

    public void place() {
        if (feed.sequence() >= 0) {
            return;
        }
        try {
            feed.prepare();
        } catch (EJBException e) {
            LOG.fine(() -> "another instance created the event feed's lock row first: " + e.getMessage());
        }
        feed.sequence();
    }
}
