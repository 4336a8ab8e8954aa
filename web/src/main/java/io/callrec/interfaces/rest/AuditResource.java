package io.callrec.interfaces.rest;

import io.callrec.application.audit.AuditQuery;
import io.callrec.domain.audit.AuditRecord;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.persistence.AuditLog;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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

    /**
     * One entry: an access (who played what, from where, which range, how) or a change (the subject before
     * and after, as stored, null for none); fields that do not apply are left out.
     */
    @JsonbPropertyOrder({"id", "at", "user", "kind", "action", "subjectType", "subjectId", "recordingId", "remoteAddress",
            "range", "via", "before", "after"})
    public record Entry(long id, String at, String user, String kind, String action, String subjectType, String subjectId,
                        Long recordingId, String remoteAddress, String range, String via, JsonValue before,
                        JsonValue after) {
    }

    private static Entry json(AuditRecord r) {
        boolean access = r.getKind() == AuditRecord.Kind.ACCESS;
        return new Entry(r.getId(), r.getAt().toString(), r.getActor(), r.getKind().name().toLowerCase(java.util.Locale.ROOT),
                r.getAction(), r.getSubjectType(), r.getSubjectId(), r.getRecordingId(),
                access ? (r.getRemoteAddress() == null ? "" : r.getRemoteAddress()) : null,
                access ? (r.getServedRange() == null ? "full" : r.getServedRange()) : null,
                access ? (r.getVia() == AuditRecord.Via.SIGNED_LINK ? "signed-link" : "credentials") : null,
                access ? null : parsed(r.getBeforeJson()), access ? null : parsed(r.getAfterJson()));
    }

    private static JsonValue parsed(String json) {
        return json == null ? JsonValue.NULL : Json.createReader(new StringReader(json)).readValue();
    }
}
