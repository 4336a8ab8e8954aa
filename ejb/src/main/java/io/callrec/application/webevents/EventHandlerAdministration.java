package io.callrec.application.webevents;

import io.callrec.application.Secured;
import io.callrec.application.access.CommittedEvents;
import io.callrec.application.administration.Saved;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.refusal.ConflictException;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.refusal.PermissionDeniedException;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.domain.webevent.EventDelivery;
import io.callrec.domain.webevent.EventHandler;
import io.callrec.domain.webevent.WebEventType;
import io.callrec.infrastructure.persistence.EventHandlers;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import io.callrec.infrastructure.persistence.VisibleTo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: admins and customer users register web event handlers, read them with their delivery
 * attempts, replay an event and delete them. An admin registers any handler, for one customer or
 * (none named) for every customer; a customer user only handlers of its own customer, and sees no
 * other (another customer's is not found). A new handler starts at the end of the feed. The secret is
 * never shown again; every change is audited with the secret left out.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CUSTOMER})
public class EventHandlerAdministration {

    private static final int MIN_SECRET = 16;

    /** A handler as its registrant describes it; a null secret keeps the stored one when replacing. */
    public record HandlerForm(String url, String secret, List<String> events, String customerId) {
    }

    /**
     * A handler with the number of events it has yet to get: those after its place in the feed of a type it
     * subscribes to and whose recording its audience may see (what the dispatcher would send, in turn).
     */
    public record HandlerOverview(EventHandler handler, long waiting) {
    }

    @Inject
    EventHandlers handlers;

    @Inject
    ServiceDirectory directory;

    @Inject
    HandlerUrls urls;

    @Inject
    CommittedEvents committedEvents;

    @Inject
    WebEventAttempts attempts;

    @Inject
    WebEventDispatch dispatch;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Saved<EventHandler> save(Caller caller, String id, HandlerForm form) {
        caller.require(Role.ADMIN, Role.CUSTOMER);
        checkId(id);
        String customer = customerOf(caller, form.customerId());
        java.util.Optional<EventHandler> existing = handlers.lock(id);
        if (existing.isPresent() && !mayManage(caller, existing.get())) {
            throw new ConflictException("the event handler id '" + id + "' is taken by another customer's handler");
        }
        String url = urls.check(form.url()).toString();
        Set<WebEventType> types = types(form.events());
        String secret = form.secret() != null ? secret(form.secret()) : existing.map(EventHandler::getSecret)
                .orElseThrow(() -> new InvalidFieldException("secret", "is required for a new handler"));
        JsonObject before = existing.map(EventHandlerAdministration::json).orElse(null);
        EventHandler h = existing.orElseGet(() -> {
            committedEvents.place();
            EventHandler created = new EventHandler(id, caller.login(), handlers.feedEnd(), clock.instant());
            return created;
        });
        h.define(url, secret, types, customer, caller.login());
        if (existing.isEmpty()) {
            handlers.add(h);
        }
        audit.changed(caller, "event-handler", id, before, json(h));
        return new Saved<>(h, existing.isEmpty());
    }

    public EventHandler handler(Caller caller, String id) {
        caller.require(Role.ADMIN, Role.CUSTOMER);
        return handlers.find(id).filter(h -> mayManage(caller, h)).orElseThrow(() -> new NotFoundException("event handler", id));
    }

    public List<EventHandler> list(Caller caller, int limit) {
        caller.require(Role.ADMIN, Role.CUSTOMER);
        return handlers.list(caller.is(Role.CUSTOMER) ? caller.customerId() : null, limit);
    }

    /** The caller's handlers (as {@link #list}) with the events each has yet to get. */
    public List<HandlerOverview> overview(Caller caller, int limit) {
        return list(caller, limit).stream().map(h -> new HandlerOverview(h, handlers.waiting(
                VisibleTo.of(WebEventAttempts.audience(h)), h.getDeliveredUpTo(), WebEventType.outcomesOf(h.getEventTypes()))))
                .toList();
    }

    public void delete(Caller caller, String id) {
        EventHandler h = handler(caller, id);
        JsonObject before = json(h);
        handlers.remove(h);
        audit.changed(caller, "event-handler", id, before, null);
    }

    /** The handler's attempts, newest first, before attempt id {@code before} (null: from the newest). */
    public List<EventDelivery> deliveries(Caller caller, String id, Long before, int limit) {
        handler(caller, id);
        return handlers.deliveries(id, before, limit);
    }

    /**
     * Sends one event to the handler again, now, as it would get it now (its type wanted, its recording
     * visible to it: else not found), and records the attempt as a replay. The handler's place in the
     * feed is not changed. No transaction is held while the receiver answers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EventDelivery replay(Caller caller, String id, long eventId) {
        handler(caller, id);
        WebEventAttempts.Outgoing event = attempts.again(id, eventId)
                .orElseThrow(() -> new NotFoundException("event of this handler", Long.toString(eventId)));
        EventDelivery attempt = attempts.record(event, dispatch.post(event), true);
        audit.event(caller, "replay", "event-handler", id, null, Json.createObjectBuilder().add("event", eventId)
                .add("status", attempt.getStatus() == null ? -1 : attempt.getStatus()).build());
        return attempt;
    }

    private static boolean mayManage(Caller caller, EventHandler h) {
        return caller.is(Role.ADMIN) || caller.customerId().equals(h.getCustomerId());
    }

    /** A customer user's handlers are its customer's; an admin's those of the customer it names, if any. */
    private String customerOf(Caller caller, String named) {
        if (caller.is(Role.CUSTOMER)) {
            if (named != null && !named.equals(caller.customerId())) {
                throw new PermissionDeniedException("a customer user registers handlers of its own customer only, not of '"
                        + named + "'");
            }
            return caller.customerId();
        }
        if (named != null && directory.find(Customer.class, named).isEmpty()) {
            throw new InvalidFieldException("customer", "names no customer: '" + named + "'");
        }
        return named;
    }

    private static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > EventHandler.MAX_ID_LENGTH || !id.equals(id.strip())) {
            throw new InvalidFieldException("id", "must be 1 to " + EventHandler.MAX_ID_LENGTH
                    + " characters without surrounding spaces, not '" + id + "'");
        }
    }

    private static String secret(String secret) {
        if (secret.length() < MIN_SECRET || secret.length() > EventHandler.SECRET_LENGTH) {
            throw new InvalidFieldException("secret", "must be " + MIN_SECRET + " to " + EventHandler.SECRET_LENGTH
                    + " characters");
        }
        return secret;
    }

    private static Set<WebEventType> types(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidFieldException("events", "must name at least one of " + Arrays.toString(WebEventType.values()));
        }
        Set<WebEventType> types = EnumSet.noneOf(WebEventType.class);
        for (String name : names) {
            types.add(WebEventType.named(name).orElseThrow(() -> new InvalidFieldException("events",
                    "names an unknown event type '" + name + "'; known: " + Arrays.toString(WebEventType.values()))));
        }
        return types;
    }

    /** The audited form: everything but the secret. */
    private static JsonObject json(EventHandler h) {
        var b = Json.createObjectBuilder().add("url", h.getUrl())
                .add("events", Json.createArrayBuilder(h.getEventTypes().stream().map(Enum::name).toList()));
        if (h.getCustomerId() != null) {
            b.add("customer", h.getCustomerId());
        }
        return b.add("secret", "set").build();
    }
}
