package io.callrec.interfaces.rest;

import io.callrec.application.export.ExportBackfill;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/exports} (admin only): {@code POST ?from=&to=&customer=} queues the existing recordings
 * of calls in {@code [from, to)} (of one customer, or all) for export to the SFTP storage and answers how
 * many; {@code GET} answers how many recordings are in each export state, which is the backfill's progress.
 */
@RequestScoped
@Path("/v1/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @JsonbPropertyOrder({"queued", "limit"})
    public record Backfill(int queued, int limit) {
    }

    @Inject
    ExportBackfill backfill;

    @Inject
    CurrentCaller current;

    @POST
    public Response backfill(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("customer") String customer) {
        Caller caller = current.require(Role.ADMIN);
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        if (start == null || end == null) {
            throw new InvalidFieldException(start == null ? "from" : "to", "is required (ISO-8601 date-time with offset)");
        }
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        int queued = backfill.backfill(caller, start, end, QueryParams.text(customer));
        return Response.ok(new Backfill(queued, ExportBackfill.LIMIT)).build();
    }

    @GET
    public Response progress() {
        Map<String, Long> counts = new LinkedHashMap<>();
        backfill.progress(current.require(Role.ADMIN)).forEach((state, n) -> counts.put(state.name(), n));
        return Response.ok(counts).build();
    }
}
