package io.callrec.interfaces.rest;

import io.callrec.application.access.RecordingCatalog;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/recording-events?after=0&limit=100}: the outcome events (AVAILABLE, PARTIAL,
 * FAILED, ...) of the recordings the caller may see, in order; a consumer remembers the last id it
 * handled and asks for what came after. The id is the event's feed position, given to events once
 * committed and in increasing order, so none is stepped over however their transactions interleaved.
 */
@RequestScoped
@Path("/v1/recording-events")
public class RecordingEventResource {

    @Inject
    RecordingCatalog catalog;

    @Inject
    CurrentCaller current;

    /** One outcome, in the order they were written; the reason fields only when there is a reason. */
    @JsonbPropertyOrder({"id", "recordingId", "state", "occurredAt", "reasonCode", "reason"})
    public record Event(long id, long recordingId, String state, String occurredAt, String reasonCode, String reason) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response events(@QueryParam("after") @DefaultValue("0") long after,
                           @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > RecordingListResource.MAX_LIMIT) {
            return ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and " + RecordingListResource.MAX_LIMIT);
        }
        return Listings.list(catalog.events(current.get(), after, limit), e -> new Event(e.getFeedPosition(), e.getRecordingId(),
                e.getState().name(), e.getOccurredAt().toString(), e.getReasonCode() == null ? null : e.getReasonCode().name(),
                e.getReason()));
    }
}
