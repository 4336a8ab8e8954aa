package io.callrec.interfaces.rest;

import io.callrec.application.access.XdrCatalog;
import io.callrec.application.access.PlayLinks;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.persistence.Xdrs;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/xdrs?account=&customer=&from=&to=&number=&limit=&after=}: the xDR panel — the
 * caller's xDRs newest first, with their entitlement, and for those that entitle the caller to a
 * recording its id, state, "Play" link and a play URL signed for the caller. Filtered in the query by
 * the visibility rule; {@code after} is the {@code next} of the previous page (keyset paging).
 */
@RequestScoped
@Path("/v1/xdrs")
public class XdrResource {

    @Inject
    XdrCatalog catalog;

    @Inject
    PlayLinks links;

    @Inject
    CurrentCaller current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("account") String account, @QueryParam("customer") String customer,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("number") String number, @QueryParam("limit") String limit,
                         @QueryParam("after") String after) {
        Caller caller = current.get();
        Xdrs.Filter filter = new Xdrs.Filter(QueryParams.text(account), QueryParams.text(customer),
                QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.text(number),
                QueryParams.id("after", after), QueryParams.limit(limit));
        return Response.ok(KeysetPage.of(catalog.list(caller, filter), filter.limit(), row -> {
            RecordingViews.XdrView item = RecordingViews.xdr(row.xdr(), r -> links.issue(r, caller.login()));
            return row.recordingShown() ? item.withRecording(row.xdr().getRecording()) : item;
        }, row -> row.xdr().getId())).build();
    }
}
