package io.callrec.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import io.callrec.application.RecordingCatalog;
import io.callrec.application.RecordingRequeue;
import io.callrec.application.RequeueRefusedException;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import io.callrec.application.RecordingCatalog.RecordingDetails;
import io.callrec.domain.recording.Recording;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;

/** {@code GET /api/v1/recordings/{id}} (metadata) and {@code .../audio} (the file, seekable). */
@RequestScoped
@Path("/v1/recordings/{id}")
public class RecordingResource {

    @Inject
    RecordingCatalog catalog;

    @Inject
    RecordingRequeue requeue;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response metadata(@PathParam("id") long id) {
        return catalog.find(id)
                .map(details -> Response.ok(RecordingJson.of(details, catalog.controls(id)).toString()).build())
                .orElseGet(() -> notFound(id));
    }

    @GET
    @Path("audio")
    public Response audio(@PathParam("id") long id, @HeaderParam("Range") String range) {
        RecordingDetails details = catalog.find(id).orElse(null);
        if (details == null) {
            return notFound(id);
        }
        Recording r = details.recording();
        if (r.isExpired()) {
            return ApiError.of(Response.Status.GONE, "recording " + id + " has expired (retention) on " + r.getExpiredAt());
        }
        if (!r.getState().hasAudio()) {
            return ApiError.of(Response.Status.CONFLICT, "recording " + id + " has no audio: it is " + r.getState()
                    + (r.getFailureReason() == null ? "" : " (" + r.getFailureReason() + ")"));
        }
        java.nio.file.Path file = java.nio.file.Path.of(r.getAudioPath());
        if (!Files.isRegularFile(file)) {
            return ApiError.of(Response.Status.GONE, "the audio file of recording " + id + " is no longer on disk");
        }
        return AudioResponses.serve(file, AudioResponses.fileName(id, r.getFormat()), r.getFormat(), r.getSha256(), range);
    }

    /** An operator queues a FAILED recording again (it must still have its capture). */
    @POST
    @Path("requeue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response requeue(@PathParam("id") long id) {
        try {
            requeue.requeue(id);
        } catch (RequeueRefusedException e) {
            return ApiError.of(e.why() == RequeueRefusedException.Why.UNKNOWN
                    ? Response.Status.NOT_FOUND : Response.Status.CONFLICT, e.getMessage());
        }
        return Response.accepted(Json.createObjectBuilder().add("id", id).add("state", "PENDING").build().toString())
                .build();
    }

    private static Response notFound(long id) {
        return ApiError.of(Response.Status.NOT_FOUND, "no recording with id " + id);
    }
}
