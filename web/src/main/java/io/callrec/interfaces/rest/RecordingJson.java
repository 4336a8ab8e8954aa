package io.callrec.interfaces.rest;

import io.callrec.application.ConversionOutcomes;
import io.callrec.application.RecordingCatalog.RecordingDetails;
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

/** The JSON form of a recording and its xDRs, as {@code GET /api/v1/recordings/{id}} returns it. */
final class RecordingJson {

    private RecordingJson() {
    }

    static JsonObject of(RecordingDetails details) {
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
        json.add("requeues", r.getRequeues());
        json.add("captureRetained", r.getCapturePath() != null && Files.isRegularFile(Path.of(r.getCapturePath())));
        if (r.getState().hasAudio() && !r.isExpired()) {
            json.add("format", r.getFormat())
                    .add("durationMillis", r.getDurationMillis())
                    .add("sizeBytes", r.getSizeBytes())
                    .add("sha256", r.getSha256())
                    .add("audioUrl", ConversionOutcomes.playLink(r.getId()));
        }
        if (r.getStatistics() != null) {
            json.add("statistics", Json.createReader(new StringReader(r.getStatistics())).readValue());
        }
        JsonArrayBuilder xdrs = Json.createArrayBuilder();
        details.xdrs().forEach(x -> xdrs.add(xdr(x)));
        return json.add("xdrs", xdrs).build();
    }

    private static JsonObjectBuilder xdr(Xdr x) {
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
        json.add("playback", x.isPlaybackExpired() ? "expired" : x.getPlayLink() != null ? "available" : "none");
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
