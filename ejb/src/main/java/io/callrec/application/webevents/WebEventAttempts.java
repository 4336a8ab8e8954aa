package io.callrec.application.webevents;

import io.callrec.application.access.PlayLinks;
import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.application.access.VisibleRecordings;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.webevent.EventDelivery;
import io.callrec.domain.webevent.EventHandler;
import io.callrec.domain.webevent.WebEventType;
import io.callrec.infrastructure.persistence.EventHandlers;
import io.callrec.infrastructure.webevents.WebEventPoster;
import io.callrec.infrastructure.webevents.WebEventSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Bookkeeping of web event delivery, each step committed on its own so that no row lock is held while a
 * receiver is talked to: which event a handler gets next (moving its cursor past the events it does not
 * want or may not see), and what came of a try. Whether a handler may see an event's recording is asked
 * of {@link VisibleRecordings} as the handler's audience: an operator's handler without customer sees as
 * an admin, any other as a user of its customer (so never another customer's recording, nor one kept
 * "to myself only").
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebEventAttempts {

    /** How many skipped events one step may pass before it commits what it moved. */
    private static final int SCAN = 200;

    /** One event ready to post to one handler. */
    public record Outgoing(String handlerId, long eventId, URI url, String secret, String body) {
    }

    @Inject
    EventHandlers handlers;

    @Inject
    VisibleRecordings visible;

    @Inject
    PlayLinks links;

    @Inject
    WebEventSettings settings;

    @Inject
    Clock clock;

    /**
     * The next event the handler is to get, when it is due; the cursor moves past what it skips. Empty when
     * nothing is waiting (or the handler is gone or waiting for its next try).
     */
    public Optional<Outgoing> next(String handlerId) {
        Optional<EventHandler> found = handlers.lock(handlerId);
        if (found.isEmpty() || !found.get().isDue(clock.instant())) {
            return Optional.empty();
        }
        EventHandler h = found.get();
        List<RecordingEvent> events = handlers.eventsAfter(h.getDeliveredUpTo(), SCAN);
        for (RecordingEvent e : events) {
            Optional<String> body = body(h, e);
            if (body.isPresent()) {
                return Optional.of(new Outgoing(h.getId(), e.getFeedPosition(), URI.create(h.getUrl()), h.getSecret(),
                        body.get()));
            }
            h.skipTo(e.getFeedPosition());
        }
        return Optional.empty();
    }

    /** One event again, as the handler would get it now; empty when it does not exist or is not the handler's. */
    public Optional<Outgoing> again(String handlerId, long eventId) {
        return handlers.find(handlerId).flatMap(h -> handlers.event(eventId).flatMap(e -> body(h, e)
                .map(b -> new Outgoing(h.getId(), eventId, URI.create(h.getUrl()), h.getSecret(), b))));
    }

    /** What came of posting {@code event}; a try that is no replay moves the handler on or sets its next try. */
    public EventDelivery record(Outgoing event, WebEventPoster.Answer answer, boolean replay) {
        EventDelivery attempt = new EventDelivery(event.handlerId(), event.eventId(), clock.instant(), answer.status(),
                answer.error(), answer.reply(), replay);
        handlers.record(attempt);
        if (!replay) {
            handlers.lock(event.handlerId()).ifPresent(h -> {
                if (answer.accepted()) {
                    h.delivered(event.eventId(), clock.instant());
                } else {
                    h.failed(event.eventId(), answer.status() != null ? "HTTP " + answer.status() : answer.error(),
                            clock.instant(), settings.retrySchedule());
                }
            });
        }
        return attempt;
    }

    /** The body when the handler wants the event's type and may see its recording. */
    private Optional<String> body(EventHandler h, RecordingEvent e) {
        Optional<WebEventType> type = WebEventType.of(e.getState()).filter(h::wants);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return visible.find(audience(h), e.getRecordingId()).map(d -> WebEventBody.json(e, type.get(), d.recording(),
                d.xdrs(), audio(h, d)));
    }

    private WebEventBody.AudioLink audio(EventHandler h, RecordingDetails d) {
        Recording r = d.recording();
        if (!r.getState().hasAudio() || r.isExpired()) {
            return null;
        }
        PlayLinks.PlayLink link = links.issue(r.getId(), h.getRegisteredBy(), settings.linkLifetime());
        return new WebEventBody.AudioLink(settings.baseUrl() + link.url(), link.expiresAt());
    }

    /** Whom the handler's events are for, as the visibility rule knows principals. */
    static Caller audience(EventHandler h) {
        return h.getCustomerId() == null ? new Caller(h.getRegisteredBy(), Role.ADMIN, null, null)
                : new Caller(h.getRegisteredBy(), Role.CUSTOMER, h.getCustomerId(), null);
    }
}
