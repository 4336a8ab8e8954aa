package io.callrec.interfaces.rest;

import io.callrec.application.access.RecordingCatalog;
import io.callrec.application.access.PlayLinks;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.recording.RecordingState;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code GET /api/v1/recordings?state=FAILED&limit=50}: the recordings the caller may see, newest first
 * (an operator sees what failed or waits); {@code ?h323ConfId=...} lists every recording of one call
 * the caller may see instead (accounts that recorded different parts of a call have one each), oldest
 * first. Filtered in the query: {@code total} counts only what the caller may see.
 */
@RequestScoped
@Path("/v1/recordings")
public class RecordingListResource {

    /** The answer: how many recordings match, and the newest of them. */
    @JsonbPropertyOrder({"total", "items"})
    public record Listed(long total, List<RecordingViews.RecordingView> items) {
    }

    static final int MAX_LIMIT = 1000;

    @Inject
    RecordingCatalog catalog;

    @Inject
    PlayLinks links;

    @Inject
    CurrentCaller current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("state") String state, @QueryParam("limit") @DefaultValue("100") int limit,
                         @QueryParam("h323ConfId") String h323ConfId) {
        Caller caller = current.get();
        if (limit < 1 || limit > MAX_LIMIT) {
            return ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT);
        }
        RecordingState wanted = null;
        if (state != null && !state.isBlank()) {
            String name = state.trim().toUpperCase(Locale.ROOT);
            wanted = Arrays.stream(RecordingState.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
            if (wanted == null) {
                return ApiError.of(Response.Status.BAD_REQUEST,
                        "state must be one of " + Arrays.toString(RecordingState.values()) + ", not '" + state + "'");
            }
        }
        RecordingCatalog.Page page = h323ConfId == null || h323ConfId.isBlank() ? catalog.list(caller, wanted, limit)
                : catalog.ofCall(caller, h323ConfId.trim());
        return Response.ok(new Listed(page.total(),
                page.items().stream().map(d -> RecordingViews.of(d, r -> links.issue(r, caller.login()))).toList())).build();
    }
}
