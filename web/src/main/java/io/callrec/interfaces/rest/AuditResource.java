package io.callrec.interfaces.rest;

import io.callrec.application.audit.AuditQuery;
import io.callrec.domain.audit.AuditRecord;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.persistence.AuditLog;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * {@code GET /api/v1/audit?recording=&user=&from=&to=&limit=&after=} (admin only): the access and change
 * log, newest first. {@code after} is the {@code next} of the previous page.
 */
@RequestScoped
@Path("/v1/audit")
public class AuditResource {

    @Inject
    AuditQuery audit;

    @Inject
    CurrentCaller current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response find(@QueryParam("recording") String recording, @QueryParam("user") String user,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") String limit, @QueryParam("after") String after) {
        Caller caller = current.get();
        AuditLog.Filter filter = new AuditLog.Filter(QueryParams.id("recording", recording), QueryParams.text(user),
                QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.id("after", after),
                QueryParams.limit(limit));
        return Response.ok(KeysetPage.of(audit.find(caller, filter), filter.limit(), AuditResource::json, AuditRecord::getId))
                .build();
    }

    private static JsonObjectBuilder json(AuditRecord r) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", r.getId()).add("at", r.getAt().toString())
                .add("user", r.getActor()).add("kind", r.getKind().name().toLowerCase(java.util.Locale.ROOT))
                .add("action", r.getAction()).add("subjectType", r.getSubjectType());
        if (r.getSubjectId() != null) {
            json.add("subjectId", r.getSubjectId());
        }
        if (r.getRecordingId() != null) {
            json.add("recordingId", r.getRecordingId());
        }
        if (r.getKind() == AuditRecord.Kind.ACCESS) {
            json.add("remoteAddress", r.getRemoteAddress() == null ? "" : r.getRemoteAddress())
                    .add("range", r.getServedRange() == null ? "full" : r.getServedRange())
                    .add("via", r.getVia() == AuditRecord.Via.SIGNED_LINK ? "signed-link" : "credentials");
        } else {
            json.add("before", parsed(r.getBeforeJson())).add("after", parsed(r.getAfterJson()));
        }
        return json;
    }

    private static JsonValue parsed(String json) {
        return json == null ? JsonValue.NULL : Json.createReader(new StringReader(json)).readValue();
    }
}
