package io.callrec.interfaces.rest;

import io.callrec.application.intake.RecordingPolicyService;
import io.callrec.application.ServiceJson;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.xdr.CallDirection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/recording-policy?account=..&direction=..}: asked by the switch at call setup —
 * record or not, on-demand control and its DTMF codes, and whether to play the announcement (with
 * where to fetch the prompts). For the switch (and admins).
 */
@RequestScoped
@Path("/v1/recording-policy")
@Produces(MediaType.APPLICATION_JSON)
public class RecordingPolicyResource {

    static final String DIRECTIONS = Arrays.stream(CallDirection.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    @JsonbPropertyOrder({"start", "stop"})
    public record Codes(String start, String stop) {
    }

    /** Where the switch fetches the announcement prompts. */
    @JsonbPropertyOrder({"started", "stopped"})
    public record Prompts(String started, String stopped) {
    }

    @JsonbPropertyOrder({"account", "direction", "record", "onDemandAllowed", "dtmf", "playAnnouncement", "announcement"})
    public record Answer(String account, String direction, boolean record, boolean onDemandAllowed, Codes dtmf,
                         boolean playAnnouncement, Prompts announcement) {
    }

    @Inject
    RecordingPolicyService policy;

    @Inject
    CurrentCaller current;

    @Context
    UriInfo uri;

    @GET
    public Response decide(@QueryParam("account") String account, @QueryParam("direction") String direction) {
        current.require(Role.SWITCH, Role.ADMIN);
        if (account == null || account.isBlank()) {
            return ApiError.of(Response.Status.BAD_REQUEST, "query parameter 'account' is required");
        }
        if (direction == null || direction.isBlank()) {
            return ApiError.of(Response.Status.BAD_REQUEST, "query parameter 'direction' is required: one of " + DIRECTIONS);
        }
        CallDirection parsed = CallDirection.parse(direction).orElse(null);
        if (parsed == null) {
            return ApiError.of(Response.Status.BAD_REQUEST,
                    "query parameter 'direction' must be one of " + DIRECTIONS + ", not '" + direction + "'");
        }
        RecordingDecision d = policy.decide(account.trim(), parsed);
        return Response.ok(new Answer(account.trim(), parsed.name().toLowerCase(Locale.ROOT), d.record(), d.onDemandAllowed(),
                new Codes(d.codes().start(), d.codes().stop()), d.playAnnouncement(),
                new Prompts(uri.getBaseUriBuilder().path("v1/announcements/started").build().toString(),
                        uri.getBaseUriBuilder().path("v1/announcements/stopped").build().toString()))).build();
    }
}
