package io.callrec.application.webevents;

import io.callrec.application.access.CommittedEvents;
import io.callrec.infrastructure.persistence.EventHandlers;
import io.callrec.infrastructure.persistence.JobLeases;
import io.callrec.infrastructure.webevents.WebEventPoster;
import io.callrec.infrastructure.webevents.WebEventSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Use case: deliver the outcome feed to every due handler, in feed order per handler, at least once.
 * Per handler, one instance at a time holds its lease ({@code web-events/<id>}, renewed before each
 * post, so a dead instance's lease runs out within a minute past the timeouts) and, in this instance,
 * one thread; it posts the next event, and on a 2xx moves on, else stops until the retry schedule's
 * next try (the same event, with the same id, is sent then). Runs without a transaction: each step
 * commits on its own ({@link WebEventAttempts}), and no row lock is held while a receiver answers.
 */
@ApplicationScoped
public class WebEventDispatch {

    private static final Logger LOG = Logger.getLogger(WebEventDispatch.class.getName());

    /** How many events one handler gets per round at most, so that one busy handler does not hold the round. */
    private static final int BATCH = 50;

    @Inject
    WebEventAttempts attempts;

    @Inject
    CommittedEvents committedEvents;

    @Inject
    EventHandlers handlers;

    @Inject
    JobLeases leases;

    @Inject
    WebEventPoster poster;

    @Inject
    HandlerUrls urls;

    @Inject
    WebEventSettings settings;

    @Inject
    Clock clock;

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** One round over the due handlers, after placing the events committed by now in the feed. */
    public void run() {
        committedEvents.place();
        for (String id : handlers.due(clock.instant())) {
            if (!running.add(id)) {
                continue;
            }
            try {
                deliver(id);
            } finally {
                running.remove(id);
            }
        }
    }

    static String lease(String handlerId) {
        return "web-events/" + handlerId;
    }

    private void deliver(String handlerId) {
        Duration hold = settings.connectTimeout().plus(settings.readTimeout()).plusMinutes(1);
        if (!leases.tryAcquire(lease(handlerId), clock.instant(), hold)) {
            return;
        }
        try {
            for (int i = 0; i < BATCH && (i == 0 || leases.tryAcquire(lease(handlerId), clock.instant(), hold)); i++) {
                Optional<WebEventAttempts.Outgoing> next = attempts.next(handlerId);
                if (next.isEmpty() || !attempts.record(next.get(), post(next.get()), false).accepted()) {
                    return;
                }
            }
        } finally {
            leases.release(lease(handlerId));
        }
    }

    /** Posts one event; a URL the rule refuses now (the allow-list changed) is not contacted and counts as failed. */
    public WebEventPoster.Answer post(WebEventAttempts.Outgoing event) {
        try {
            urls.check(event.url().toString());
        } catch (RuntimeException e) {
            LOG.warning(() -> "web event " + event.eventId() + " not posted to handler " + event.handlerId() + ": " + e.getMessage());
            return new WebEventPoster.Answer(null, null, "URL refused: " + e.getMessage());
        }
        return poster.post(event.url(), event.secret(), Long.toString(event.eventId()), event.body());
    }
}
