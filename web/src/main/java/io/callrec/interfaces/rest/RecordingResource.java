package io.callrec.interfaces.rest;

import io.callrec.application.access.RecordingCatalog;
import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.application.lifecycle.RecordingRequeue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import io.callrec.application.access.PlayLinks;
import io.callrec.application.access.SignedPlayback;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.audit.AuditRecord;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.Recording;
import io.callrec.interfaces.security.CurrentCaller;
import io.callrec.interfaces.security.NotAuthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code GET /api/v1/recordings/{id}} (metadata), {@code .../audio} (the file, seekable; with credentials
 * or a signed link), {@code .../play-url} (a signed link for the caller) and {@code .../requeue}
 * (admin). A recording the caller may not see answers 404, as one that does not exist. Every audio
 * served is written to the access log, and so is an admin's reading of a recording its owner keeps
 * to itself.
 */
@RequestScoped
@Path("/v1/recordings/{id}")
public class RecordingResource {

    @Inject
    RecordingCatalog catalog;

    @Inject
    RecordingRequeue requeue;

    @Inject
    SignedPlayback signedPlayback;

    @Inject
    PlayLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller current;

    /** A play link signed for the caller, and until when it plays. */
    @JsonbPropertyOrder({"recordingId", "playUrl", "expiresAt"})
    public record PlayUrl(long recordingId, String playUrl, String expiresAt) {
    }

    /** A re-queued recording: PENDING again. */
    @JsonbPropertyOrder({"id", "state"})
    public record Requeued(long id, String state) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response metadata(@PathParam("id") long id) {
        Caller caller = current.get();
        RecordingDetails details = catalog.find(caller, id).orElse(null);
        if (details == null) {
            return notFound(id);
        }
        if (caller.is(Role.ADMIN) && details.privateToOwner()) {
            audit.readPrivate(caller, id, current.remoteAddress());
        }
        return Response.ok(RecordingViews.withControls(details, r -> links.issue(r, caller.login()))).build();
    }

    /** With credentials, or anonymously with the {@code u}, {@code exp} and {@code sig} of a signed link. */
    @GET
    @Path("audio")
    public Response audio(@PathParam("id") long id, @HeaderParam("Range") String range, @QueryParam("u") String login,
                          @QueryParam("exp") String expires, @QueryParam("sig") String signature) {
        Optional<Caller> caller = current.find();
        if (caller.isPresent()) {
            return catalog.find(caller.get(), id)
                    .map(d -> serve(d, range, caller.get().login(), AuditRecord.Via.CREDENTIALS))
                    .orElseGet(() -> notFound(id));
        }
        if (signature == null) {
            throw new NotAuthenticatedException(); // only signed links come here without credentials
        }
        SignedPlayback.Opened opened = signedPlayback.open(id, login, expires, signature);
        return serve(opened.details(), range, opened.holder().login(), AuditRecord.Via.SIGNED_LINK);
    }

    /** A play URL signed for the caller, to put in an {@code <audio src>} or send to a browser. */
    @GET
    @Path("play-url")
    @Produces(MediaType.APPLICATION_JSON)
    public Response playUrl(@PathParam("id") long id) {
        Caller caller = current.get();
        RecordingDetails details = catalog.find(caller, id).orElse(null);
        if (details == null) {
            return notFound(id);
        }
        Response unplayable = unplayable(details.recording());
        if (unplayable != null) {
            return unplayable;
        }
        PlayLinks.PlayLink link = links.issue(id, caller.login());
        return Response.ok(new PlayUrl(id, link.url(), link.expiresAt().toString())).build();
    }

    /** An operator queues a FAILED recording again (it must still have its capture). */
    @POST
    @Path("requeue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response requeue(@PathParam("id") long id) {
        requeue.requeue(current.get(), id); // an unknown recording answers 404, one not FAILED 409
        return Response.accepted(new Requeued(id, "PENDING")).build();
    }

    private Response serve(RecordingDetails details, String range, String login, AuditRecord.Via via) {
        Recording r = details.recording();
        Response unplayable = unplayable(r);
        if (unplayable != null) {
            return unplayable;
        }
        java.nio.file.Path file = java.nio.file.Path.of(r.getAudioPath());
        Response served = AudioResponses.serve(file, AudioResponses.fileName(r.getId(), r.getFormat()), r.getFormat(),
                r.getSha256(), range);
        if (served.getStatus() / 100 == 2) {
            audit.played(login, r.getId(), current.remoteAddress(), served.getStatus() == 206 ? range : null, via);
        }
        return served;
    }

    /** Why the audio cannot be served (410 expired or gone, 409 no audio), or null when it can. */
    private static Response unplayable(Recording r) {
        long id = r.getId();
        if (r.isExpired()) {
            return ApiError.of(Response.Status.GONE, "recording " + id + " has expired (retention) on " + r.getExpiredAt());
        }
        if (!r.getState().hasAudio()) {
            return ApiError.of(Response.Status.CONFLICT, "recording " + id + " has no audio: it is " + r.getState()
                    + (r.getFailureReason() == null ? "" : " (" + r.getFailureReason() + ")"));
        }
        if (!Files.isRegularFile(java.nio.file.Path.of(r.getAudioPath()))) {
            return ApiError.of(Response.Status.GONE, "the audio file of recording " + id + " is no longer on disk");
        }
        return null;
    }

    private static Response notFound(long id) {
        return ApiError.of(Response.Status.NOT_FOUND, "no recording with id " + id);
    }
}
