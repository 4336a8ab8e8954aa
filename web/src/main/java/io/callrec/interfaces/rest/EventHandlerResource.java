package io.callrec.interfaces.rest;

import io.callrec.application.webevents.EventHandlerAdministration;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.webevent.EventDelivery;
import io.callrec.domain.webevent.EventHandler;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/v1/event-handlers} (admins, and customer users for their customer's handlers): register
 * receivers of web events, read them (the secret only as "set") with their delivery state, their
 * attempts ({@code .../deliveries}, newest first, paged by {@code after}) and replay one event.
 */
@RequestScoped
@Path("/v1/event-handlers")
@Produces(MediaType.APPLICATION_JSON)
public class EventHandlerResource {

    /** The body of {@code PUT /event-handlers/{id}}; the secret may be left out when replacing (kept). */
    public record HandlerRequest(String url, String secret, List<String> events, String customer) {
    }

    /** A handler as shown: never its secret; its place in the feed and whether it is failing. */
    @JsonbPropertyOrder({"id", "url", "secret", "events", "customer", "registeredBy", "deliveredUpTo", "state",
            "failingSince", "failures", "nextAttemptAt", "lastError", "lastDeliveredAt", "createdAt"})
    public record HandlerView(String id, String url, String secret, List<String> events, String customer,
                              String registeredBy, long deliveredUpTo, String state, String failingSince, int failures,
                              String nextAttemptAt, String lastError, String lastDeliveredAt, String createdAt) {
        static HandlerView of(EventHandler h) {
            return new HandlerView(h.getId(), h.getUrl(), "set", h.getEventTypes().stream().map(Enum::name).toList(),
                    h.getCustomerId(), h.getRegisteredBy(), h.getDeliveredUpTo(), h.state().name(), text(h.getFailingSince()),
                    h.getFailures(), text(h.getNextAttemptAt()), h.getLastError(), text(h.getLastDeliveredAt()),
                    text(h.getCreatedAt()));
        }
    }

    /** One attempt: the event, when, the receiver's status (absent when no answer came) or the error, the reply's start. */
    @JsonbPropertyOrder({"id", "eventId", "attemptedAt", "status", "error", "reply", "replay"})
    public record DeliveryView(long id, long eventId, String attemptedAt, Integer status, String error, String reply,
                               boolean replay) {
        static DeliveryView of(EventDelivery d) {
            return new DeliveryView(d.getId(), d.getEventId(), d.getAttemptedAt().toString(), d.getStatus(), d.getError(),
                    d.getReply(), d.isReplay());
        }
    }

    @Inject
    EventHandlerAdministration administration;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return Listings.list(administration.list(caller(), Saves.limit(limit)), HandlerView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Listings.one(administration.handler(caller(), id), HandlerView::of);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = caller();
        HandlerRequest request = bodies.read(body, HandlerRequest.class, Document.BODY);
        var saved = administration.save(caller, id, new EventHandlerAdministration.HandlerForm(request.url(),
                request.secret(), request.events(), request.customer()));
        return Saves.answer(saved, HandlerView.of(saved.entity()), uri);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        administration.delete(caller(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Response deliveries(@PathParam("id") String id, @QueryParam("limit") String limit,
                               @QueryParam("after") String after) {
        int max = QueryParams.limit(limit);
        return Response.ok(KeysetPage.of(administration.deliveries(caller(), id, QueryParams.id("after", after), max),
                max, DeliveryView::of, EventDelivery::getId)).build();
    }

    @POST
    @Path("{id}/deliveries/{eventId}/replay")
    public Response replay(@PathParam("id") String id, @PathParam("eventId") long eventId) {
        return Response.ok(DeliveryView.of(administration.replay(caller(), id, eventId))).build();
    }

    /** Admins and customer users only: anyone else is refused before the body is read. */
    private Caller caller() {
        return current.require(Role.ADMIN, Role.CUSTOMER);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
