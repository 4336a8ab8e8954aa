package io.callrec.interfaces.console;

import io.callrec.application.webevents.EventHandlerAdministration;
import io.callrec.application.webevents.EventHandlerAdministration.HandlerForm;
import io.callrec.application.webevents.EventHandlerAdministration.HandlerOverview;
import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.domain.webevent.EventDelivery;
import io.callrec.domain.webevent.EventHandler;
import io.callrec.domain.webevent.WebEventType;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Web event handlers, {@code /console/event-handlers.xhtml}. Roles: <b>admin</b> only. Lists every handler
 * with its URL, events, customer (none: all customers), delivery state (a FAILING one stands out, with
 * since when and its last error), the events it has yet to get and its last delivery; creates or replaces
 * one and deletes one after a confirmation; shows a handler's attempts, newest first, and sends one event
 * again. Everything goes through {@link EventHandlerAdministration}, the service of
 * {@code /api/v1/event-handlers}, so the same rules refuse (a URL that is not http or https or outside
 * {@code WebEvents.AllowedHosts}, a short secret, no events, an unknown customer), each next to its field.
 * The secret is write-only: the form says whether the handler has one, an empty field keeps it.
 */
@Named("eventHandlersPage")
@ViewScoped
public class EventHandlersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 1000;
    static final int DELIVERIES_PAGE = 20;
    private static final Set<String> FIELDS = Set.of("id", "url", "secret", "events", "customer");

    @Inject
    EventHandlerAdministration administration;

    @Inject
    CurrentCaller current;

    private List<HandlerLine> lines = List.of();
    private String id;
    private String url;
    private String secret;
    private List<String> events = new ArrayList<>();
    private String customer;
    private String deliveriesOf;
    private List<DeliveryLine> deliveries = List.of();
    private boolean moreDeliveries;
    private final KeysetPager pager = new KeysetPager();

    /**
     * One handler in the list. {@code state} is OK, RETRYING (failing, not yet for the schedule's limit) or
     * FAILING, as the API says it; {@code failingSince} is when the failures in a row began.
     */
    public record HandlerLine(String id, String url, List<String> events, String customer, String state,
                              String failingSince, int failures, String lastError, String nextAttemptAt, long waiting,
                              String lastDeliveredAt) implements Serializable {
        static HandlerLine of(HandlerOverview o) {
            EventHandler h = o.handler();
            return new HandlerLine(h.getId(), h.getUrl(), h.getEventTypes().stream().map(Enum::name).toList(),
                    h.getCustomerId(), h.state().name(), TimeTexts.utc(h.getFailingSince()), h.getFailures(), h.getLastError(),
                    TimeTexts.utc(h.getNextAttemptAt()), o.waiting(), TimeTexts.utc(h.getLastDeliveredAt()));
        }

        public String getId() {
            return id;
        }

        public String getUrl() {
            return url;
        }

        public List<String> getEvents() {
            return events;
        }

        public String getCustomer() {
            return customer;
        }

        public String getState() {
            return state;
        }

        public boolean isFailing() {
            return "FAILING".equals(state);
        }

        public String getFailingSince() {
            return failingSince;
        }

        public int getFailures() {
            return failures;
        }

        public String getLastError() {
            return lastError;
        }

        public String getNextAttemptAt() {
            return nextAttemptAt;
        }

        public long getWaiting() {
            return waiting;
        }

        public String getLastDeliveredAt() {
            return lastDeliveredAt;
        }
    }

    /** One attempt to post one event: the receiver's status (null when no answer came) or the error, its reply's start. */
    public record DeliveryLine(long id, long eventId, String attemptedAt, Integer status, String error, String reply,
                               boolean replay) implements Serializable {
        static DeliveryLine of(EventDelivery d) {
            return new DeliveryLine(d.getId(), d.getEventId(), TimeTexts.utc(d.getAttemptedAt()), d.getStatus(), d.getError(),
                    d.getReply(), d.isReplay());
        }

        public long getId() {
            return id;
        }

        public long getEventId() {
            return eventId;
        }

        public String getAttemptedAt() {
            return attemptedAt;
        }

        public Integer getStatus() {
            return status;
        }

        public String getError() {
            return error;
        }

        public String getReply() {
            return reply;
        }

        public boolean isReplay() {
            return replay;
        }

        /** Whether the receiver accepted the event (a 2xx answer). */
        public boolean isAccepted() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @PostConstruct
    void load() {
        lines = administration.overview(current.get(), SHOWN).stream().map(HandlerLine::of).toList();
    }

    /** Creates the handler, or replaces the one with this id (an empty secret keeps its secret). */
    public void save() {
        String handler = CallListing.blankToNull(id);
        HandlerForm form = new HandlerForm(url, secret == null || secret.isEmpty() ? null : secret, List.copyOf(events),
                CallListing.blankToNull(customer));
        if (new FormSave("handler", "handlers", FIELDS).run(handler, () -> administration.save(current.get(),
                handler == null ? "" : handler, form).created())) {
            secret = null;
            load();
            FormSave.showRow("handlers:table", lines, HandlerLine::id, handler);
            if (handler.equals(deliveriesOf)) {
                loadDeliveries(pager.restart());
            }
        }
    }

    /** Puts a listed handler into the form, to change it; its secret stays unshown ("set"). */
    public void edit(HandlerLine line) {
        id = line.id();
        url = line.url();
        secret = null;
        events = new ArrayList<>(line.events());
        customer = line.customer();
    }

    /** Empties the form, for a new handler. */
    public void clear() {
        id = null;
        url = null;
        secret = null;
        events = new ArrayList<>();
        customer = null;
    }

    /** Deletes the handler and its attempts (the page asked for a confirmation). */
    public void delete(HandlerLine line) {
        try {
            administration.delete(current.get(), line.id());
            Texts.info(null, "handlers.deleted", line.id());
            if (line.id().equals(deliveriesOf)) {
                deliveriesOf = null;
                deliveries = List.of();
            }
            load();
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    /** Shows the handler's attempts, newest first. */
    public void showDeliveries(HandlerLine line) {
        deliveriesOf = line.id();
        loadDeliveries(pager.restart());
    }

    /** Reads the handler list and the attempts shown again (deliveries go on in the background). */
    public void refresh() {
        load();
        if (deliveriesOf != null) {
            loadDeliveries(pager.current());
        }
    }

    public void olderDeliveries() {
        if (moreDeliveries && !deliveries.isEmpty()) {
            loadDeliveries(pager.next(deliveries.get(deliveries.size() - 1).id()));
        }
    }

    public void newerDeliveries() {
        if (!pager.isFirstPage()) {
            loadDeliveries(pager.previous());
        }
    }

    /**
     * Sends the attempt's event to the handler again, now (its place in the feed does not move); the answer
     * is the page message and the new attempt heads the list.
     */
    public void replay(DeliveryLine attempt) {
        try {
            DeliveryLine sent = DeliveryLine.of(administration.replay(current.get(), deliveriesOf, attempt.eventId()));
            if (sent.isAccepted()) {
                Texts.info(null, "handlers.replayed", String.valueOf(attempt.eventId()), String.valueOf(sent.status()));
            } else {
                Texts.error(null, "handlers.replayFailed", String.valueOf(attempt.eventId()),
                        sent.status() != null ? "HTTP " + sent.status() : sent.error());
            }
            load();
            loadDeliveries(pager.restart());
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    private void loadDeliveries(Long before) {
        try {
            List<DeliveryLine> found = administration.deliveries(current.get(), deliveriesOf, before, DELIVERIES_PAGE + 1)
                    .stream().map(DeliveryLine::of).toList();
            moreDeliveries = found.size() > DELIVERIES_PAGE;
            deliveries = moreDeliveries ? found.subList(0, DELIVERIES_PAGE) : found;
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
            deliveriesOf = null;
            deliveries = List.of();
        }
    }

    /** The event types a handler may subscribe to (their labels are {@code webevent.<name>}). */
    public List<String> getAllEvents() {
        return Arrays.stream(WebEventType.values()).map(Enum::name).toList();
    }

    public List<HandlerLine> getLines() {
        return lines;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** Whether the handler named in the form has a secret stored: every stored one has, a new one none yet. */
    public boolean isSecretSet() {
        return id != null && lines.stream().anyMatch(l -> l.id().equals(id));
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getDeliveriesOf() {
        return deliveriesOf;
    }

    public List<DeliveryLine> getDeliveries() {
        return deliveries;
    }

    public boolean isMoreDeliveries() {
        return moreDeliveries;
    }

    public boolean isFirstDeliveriesPage() {
        return pager.isFirstPage();
    }

    public int getDeliveriesPageNumber() {
        return pager.pageNumber();
    }
}
