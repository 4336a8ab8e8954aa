package io.callrec.interfaces.rest;

import io.callrec.application.conversion.ConversionOutcomes;
import io.callrec.application.access.RecordingCatalog.ControlDetails;
import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.application.access.PlayLinks.PlayLink;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The JSON form of a recording and its xDRs, as {@code GET /api/v1/recordings/{id}} returns it. Beside
 * the plain {@code audioUrl} / {@code playLink} (which need credentials) it carries {@code playUrl}, the
 * play link signed for the caller, which plays without credentials until {@code playUrlExpiresAt}.
 */
final class RecordingJson {

    private RecordingJson() {
    }

    static JsonObject of(RecordingDetails details, LongFunction<PlayLink> playLinks) {
        Recording r = details.recording();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", r.getId())
                .add("state", r.getState().name())
                .add("attempts", r.getAttempts())
                .add("createdAt", r.getCreatedAt().toString());
        addIfPresent(json, "reasonCode", r.getReasonCode());
        addIfPresent(json, "failureReason", r.getFailureReason());
        addIfPresent(json, "recordedAt", r.getRecordedAt());
        addIfPresent(json, "completedAt", r.getCompletedAt());
        addIfPresent(json, "expiredAt", r.getExpiredAt());
        if (r.getSplitFrom() != null) {
            json.add("splitFrom", r.getSplitFrom());
        }
        json.add("requeues", r.getRequeues());
        json.add("captureRetained", r.getCapturePath() != null && Files.isRegularFile(Path.of(r.getCapturePath())));
        if (r.getState().hasAudio() && !r.isExpired()) {
            json.add("format", r.getFormat())
                    .add("durationMillis", r.getDurationMillis())
                    .add("sizeBytes", r.getSizeBytes())
                    .add("sha256", r.getSha256())
                    .add("audioUrl", ConversionOutcomes.playLink(r.getId()));
            PlayLink link = playLinks.apply(r.getId());
            json.add("playUrl", link.url()).add("playUrlExpiresAt", link.expiresAt().toString());
        }
        if (r.getStatistics() != null) {
            json.add("statistics", Json.createReader(new StringReader(r.getStatistics())).readValue());
        }
        JsonArrayBuilder xdrs = Json.createArrayBuilder();
        details.xdrs().forEach(x -> xdrs.add(xdr(x, playLinks)));
        return json.add("xdrs", xdrs).build();
    }

    /**
     * The recording with its recorded spans and the audit trail of its control events: at the top
     * level the first entitled account's (the posting account's for a call with one account), and
     * under {@code accounts} every account's it was made for, each with its own spans, audit trail
     * and transfer notes.
     */
    static JsonObject withControls(RecordingDetails details, LongFunction<PlayLink> playLinks) {
        List<ControlDetails> controls = details.controls();
        JsonObjectBuilder json = Json.createObjectBuilder(of(details, playLinks));
        if (controls.isEmpty()) {
            return json.build();
        }
        ControlDetails first = controls.stream().filter(c -> details.xdrs().stream()
                .anyMatch(x -> x.isEntitled() && x.getAccountId().equals(c.accountId()))).findFirst().orElse(controls.get(0));
        json.add("recordingControl", settings(first));
        control(json, first);
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        for (ControlDetails c : controls) {
            JsonObjectBuilder account = Json.createObjectBuilder();
            addIfPresent(account, "accountId", c.accountId());
            account.add("recordingControl", settings(c));
            control(account, c);
            accounts.add(account);
        }
        return json.add("accounts", accounts).build();
    }

    private static JsonObjectBuilder settings(ControlDetails c) {
        return Json.createObjectBuilder()
                .add("startedRecorded", c.startedRecorded())
                .add("onDemandAllowed", c.onDemandAllowed())
                .add("basis", c.basis() == null ? "" : c.basis())
                .add("ignoredEvents", c.ignoredEvents())
                .add("ignoredNotAllowed", c.ignoredNotAllowed())
                .add("mixAnnouncements", c.mixAnnouncements());
    }

    /** One account's spans, audit trail, announcement cues and transfer notes, added to {@code json}. */
    private static void control(JsonObjectBuilder json, ControlDetails c) {
        JsonArrayBuilder spans = Json.createArrayBuilder();
        c.spans().forEach(stored -> {
            JsonObjectBuilder span = Json.createObjectBuilder()
                    .add("start", stored.span().start().toString())
                    .add("end", stored.span().end().toString())
                    .add("startedBy", stored.span().startedBy().jsonName());
            addIfPresent(span, "leg", stored.legId());
            addIfPresent(span, "parties", stored.parties());
            spans.add(span);
        });
        JsonArrayBuilder audit = Json.createArrayBuilder();
        c.audit().forEach(a -> audit.add(Json.createObjectBuilder()
                .add("at", a.at().toString())
                .add("action", a.action().name().toLowerCase(Locale.ROOT))
                .add("trigger", a.trigger().jsonName())
                .add("detail", a.detail() == null ? "" : a.detail())
                .add("accepted", a.accepted())
                .add("reason", a.reason() == null ? "" : a.reason())));
        JsonArrayBuilder cues = Json.createArrayBuilder();
        c.announcementCues().forEach(cue -> cues.add(Json.createObjectBuilder()
                .add("at", cue.at().toString())
                .add("prompt", cue.action() == Action.START ? "started" : "stopped")));
        JsonArrayBuilder notes = Json.createArrayBuilder();
        c.ownershipNotes().forEach(notes::add);
        json.add("spans", spans).add("audit", audit).add("announcementCues", cues).add("ownershipNotes", notes);
    }

    /** An xDR; its {@code playUrl} is signed for the caller when the xDR has a "Play" link. */
    static JsonObjectBuilder xdr(Xdr x, LongFunction<PlayLink> playLinks) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", x.getId())
                .add("callId", x.getCallId())
                .add("h323ConfId", x.getH323ConfId())
                .add("accountId", x.getAccountId())
                .add("callingNumber", x.getCallingNumber())
                .add("calledNumber", x.getCalledNumber())
                .add("direction", x.getDirection().name().toLowerCase(Locale.ROOT))
                .add("connectTime", x.getConnectTime().toString())
                .add("disconnectTime", x.getDisconnectTime().toString())
                .add("durationSeconds", x.getDurationSeconds());
        addIfPresent(json, "accountNumber", x.getAccountNumber());
        addIfPresent(json, "customerId", x.getCustomerId());
        addIfPresent(json, "playLink", x.getPlayLink());
        if (x.getPlayLink() != null) {
            json.add("playUrl", playLinks.apply(x.getRecording().getId()).url());
        }
        json.add("entitled", x.isEntitled());
        addIfPresent(json, "recordingNote", x.getRecordingNote());
        json.add("playback", x.isPlaybackExpired() ? "expired" : x.getPlayLink() != null ? "available" : "none");
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
