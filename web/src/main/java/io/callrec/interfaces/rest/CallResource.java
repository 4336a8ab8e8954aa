package io.callrec.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import io.callrec.application.intake.CallIntake;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.InvalidCallRecordException;
import io.callrec.infrastructure.storage.CaptureSpool;
import io.callrec.infrastructure.storage.SpooledCapture;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/calls}: the switch hands over a finished call as multipart form data with two
 * parts, {@code call} (the JSON call record: the posting account's xDR, optionally the other accounts'
 * under {@code xdrs}) and {@code capture} (the pcap/pcapng file). The call record
 * is checked first, then the capture is spooled and checked; only then are the xDR and the recording
 * created and the conversion queued, all in one transaction. For the switch (and admins); any other
 * role is refused before the upload is read.
 */
@RequestScoped
@Path("/v1/calls")
public class CallResource {

    static final String CALL_PART = "call";
    static final String CAPTURE_PART = "capture";

    @Inject
    CallIntake intake;

    @Inject
    CaptureSpool spool;

    @Inject
    CurrentCaller current;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(List<EntityPart> parts) throws IOException {
        Caller caller = current.require(Role.SWITCH, Role.ADMIN);
        String callJson = part(parts, CALL_PART).getContent(String.class);
        CallRecord call = CallRecordJson.parse(callJson);
        CallControl control = CallRecordJson.control(callJson);
        List<CallIntake.AccountCall> accounts = new ArrayList<>();
        accounts.add(new CallIntake.AccountCall(call, control));
        accounts.addAll(CallRecordJson.otherAccounts(callJson, call, control.announcementPlayedInBand()));
        List<CallLeg> legs = CallRecordJson.legs(callJson);
        SpooledCapture capture;
        try (InputStream content = part(parts, CAPTURE_PART).getContent()) {
            capture = spool.receive(content);
        }
        CallIntake.Accepted accepted;
        try {
            accepted = intake.accept(caller, accounts, legs, capture);
        } catch (RuntimeException e) {
            spool.discard(capture);
            throw e;
        }
        JsonArrayBuilder xdrIds = Json.createArrayBuilder();
        accepted.xdrIds().forEach(xdrIds::add);
        String body = Json.createObjectBuilder()
                .add("recordingId", accepted.recordingId())
                .add("xdrId", accepted.xdrId())
                .add("xdrIds", xdrIds)
                .add("state", accepted.state().name())
                .build().toString();
        return Response.created(uri.getBaseUriBuilder().path("v1/recordings/{id}").build(accepted.recordingId()))
                .entity(body).build();
    }

    private static EntityPart part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidCallRecordException("missing multipart part '" + name + "'"));
    }
}
