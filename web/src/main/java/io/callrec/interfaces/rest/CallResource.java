package io.callrec.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import io.callrec.application.intake.CallIntake;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.xdr.InvalidCallRecordException;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /api/v1/calls}: the switch hands over a finished call as multipart form data with two
 * parts, {@code call} (the JSON call record: the posting account's xDR, optionally the other accounts'
 * under {@code xdrs}) and {@code capture} (the pcap/pcapng file). The call record is read and checked
 * first; then the intake spools and checks the capture and creates the xDRs and the recording and
 * queues the conversion, all in one transaction. For the switch (and admins); any other role is
 * refused before the upload is read.
 */
@RequestScoped
@Path("/v1/calls")
public class CallResource {

    static final String CALL_PART = "call";
    static final String CAPTURE_PART = "capture";

    /** The answer: what was created. */
    @JsonbPropertyOrder({"recordingId", "xdrId", "xdrIds", "state"})
    public record Created(long recordingId, long xdrId, List<Long> xdrIds, String state) {
    }

    @Inject
    CallIntake intake;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(List<EntityPart> parts) throws IOException {
        Caller caller = current.require(Role.SWITCH, Role.ADMIN);
        CallRecordRequest call = bodies.read(part(parts, CALL_PART).getContent(String.class), CallRecordRequest.class,
                Document.CALL_RECORD);
        CallIntake.PostedCall posted = call.toPostedCall();
        CallIntake.Accepted accepted;
        try (InputStream capture = part(parts, CAPTURE_PART).getContent()) {
            accepted = intake.accept(caller, posted, capture);
        }
        return Response.created(uri.getBaseUriBuilder().path("v1/recordings/{id}").build(accepted.recordingId()))
                .entity(new Created(accepted.recordingId(), accepted.xdrId(), accepted.xdrIds(), accepted.state().name()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static EntityPart part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidCallRecordException("missing multipart part '" + name + "'"));
    }
}
