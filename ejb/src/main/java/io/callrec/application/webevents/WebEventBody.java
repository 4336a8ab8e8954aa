package io.callrec.application.webevents;

import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.webevent.WebEventType;
import io.callrec.domain.xdr.Xdr;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of one web event: {@code {"id", "type", "occurredAt", "data": {...}}}. The id is the event's
 * feed position, the same on every try and replay; the data are the outcome the event reports (state
 * and reason) and the recording and call as the handler may see them now (only its visible xDRs); the
 * audio URL, signed and expiring, only when the recording has audio. Absent values are left out.
 */
public final class WebEventBody {

    /** A signed play URL and when it stops working. */
    public record AudioLink(String url, Instant expiresAt) {
    }

    private WebEventBody() {
    }

    public static String json(RecordingEvent event, WebEventType type, Recording recording, List<Xdr> xdrs,
                              AudioLink audio) {
        Xdr call = xdrs.stream().filter(Xdr::isEntitled).findFirst().orElse(xdrs.isEmpty() ? null : xdrs.get(0));
        JsonObjectBuilder data = Json.createObjectBuilder().add("recordingId", recording.getId())
                .add("state", event.getState().name());
        put(data, "reasonCode", event.getReasonCode() == null ? null : event.getReasonCode().name());
        put(data, "reason", event.getReason());
        JsonArrayBuilder ids = Json.createArrayBuilder();
        xdrs.forEach(x -> ids.add(x.getId()));
        data.add("xdrIds", ids);
        if (call != null) {
            put(data, "account", call.getAccountId());
        }
        put(data, "customer", recording.getCustomerId() != null ? recording.getCustomerId()
                : call == null ? null : call.getCustomerId());
        if (call != null) {
            put(data, "callingNumber", call.getCallingNumber());
            put(data, "calledNumber", call.getCalledNumber());
            put(data, "direction", call.getDirection() == null ? null : call.getDirection().name().toLowerCase(Locale.ROOT));
            put(data, "startTime", call.getConnectTime());
            put(data, "endTime", call.getDisconnectTime());
            data.add("callDurationSeconds", call.getDurationSeconds());
        }
        if (recording.getDurationMillis() != null) {
            data.add("durationMillis", recording.getDurationMillis());
        }
        put(data, "format", recording.getFormat());
        if (recording.getSizeBytes() != null) {
            data.add("sizeBytes", recording.getSizeBytes());
        }
        put(data, "sha256", recording.getSha256());
        if (audio != null) {
            data.add("audioUrl", audio.url()).add("audioUrlExpiresAt", audio.expiresAt().toString());
        }
        return Json.createObjectBuilder().add("id", event.getFeedPosition()).add("type", type.name())
                .add("occurredAt", event.getOccurredAt().toString()).add("data", data).build().toString();
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }
}
