package io.callrec.interfaces.console;

import io.callrec.application.access.RecordingCatalog.ControlDetails;
import io.callrec.domain.ondemand.StoredSpan;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The call's quality map under the player, as JSON for {@code player.js} to draw on the audio's timeline
 * (milliseconds of the recording): the recorded spans with the on-demand start/stop points between them,
 * each leg's stretch with its loss and concealment, and the DTMF digits where they were pressed.
 *
 * <p>What the conversion statistics know decides what is drawn: per leg they hold the first packet's
 * capture time, the audio's length on the output timeline, counts of packets lost and milliseconds
 * concealed (not where each loss fell), and the DTMF events at their place in the recording. So a leg
 * with loss is marked as a lost/concealed stretch over the time it carried audio, with its counts. An
 * on-demand recording's audio is its spans one after the other (from the recording controls), so its
 * start/stop points fall where one span ends and the next begins; its legs' audio is placed from the start.
 */
final class QualityMap {

    private QualityMap() {
    }

    /** The map's JSON, or null when the recording has no statistics to draw. */
    static String json(Long durationMillis, String statistics, List<ControlDetails> controls) {
        JsonObject stats = parse(statistics);
        if (stats == null || durationMillis == null || durationMillis <= 0) {
            return null;
        }
        List<StoredSpan> spans = controls.stream().map(ControlDetails::spans).filter(s -> !s.isEmpty()).findFirst()
                .orElse(List.of()).stream().sorted(Comparator.comparing(s -> s.span().start())).toList();
        JsonArray legs = stats.getJsonArray("legs") == null ? JsonValue.EMPTY_JSON_ARRAY : stats.getJsonArray("legs");
        return Json.createObjectBuilder().add("durationMillis", durationMillis)
                .add("spans", spans(spans, durationMillis))
                .add("legs", legs(legs, durationMillis, !spans.isEmpty()))
                .add("dtmf", dtmf(legs, durationMillis)).build().toString();
    }

    private static JsonArrayBuilder spans(List<StoredSpan> spans, long duration) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        if (spans.isEmpty()) {
            return out.add(span(0, duration, "", null, null));
        }
        long at = 0;
        for (StoredSpan s : spans) {
            long length = Math.max(0, Duration.between(s.span().start(), s.span().end()).toMillis());
            long end = Math.min(duration, at + length);
            out.add(span(at, end, s.span().startedBy().jsonName(), s.span().start().toString(), s.span().end().toString()));
            at = end;
        }
        return out;
    }

    private static JsonObject span(long start, long end, String startedBy, String from, String to) {
        var b = Json.createObjectBuilder().add("startMillis", start).add("endMillis", end).add("startedBy", startedBy);
        if (from != null) {
            b.add("from", from).add("to", to);
        }
        return b.build();
    }

    private static JsonArrayBuilder legs(JsonArray legs, long duration, boolean onDemand) {
        long first = legs.stream().map(JsonValue::asJsonObject).filter(l -> number(l, "durationMillis") > 0)
                .mapToLong(l -> number(l, "firstPacketMillis")).min().orElse(0);
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue value : legs) {
            JsonObject leg = value.asJsonObject();
            long length = number(leg, "durationMillis");
            if (length <= 0) {
                continue;
            }
            long start = onDemand ? 0 : Math.min(duration, Math.max(0, number(leg, "firstPacketMillis") - first));
            out.add(Json.createObjectBuilder()
                    .add("label", leg.getString("source", "?") + " → " + leg.getString("destination", "?"))
                    .add("startMillis", start).add("endMillis", Math.min(duration, start + length))
                    .add("packets", number(leg, "packets")).add("lost", number(leg, "lost"))
                    .add("concealedMillis", number(leg, "concealedMillis")));
        }
        return out;
    }

    private static JsonArrayBuilder dtmf(JsonArray legs, long duration) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue value : legs) {
            JsonObject leg = value.asJsonObject();
            JsonArray events = leg.getJsonArray("dtmf");
            for (JsonValue e : events == null ? JsonValue.EMPTY_JSON_ARRAY : events) {
                JsonObject event = e.asJsonObject();
                long at = number(event, "startMillis");
                if (at >= 0 && at <= duration) {
                    out.add(Json.createObjectBuilder().add("atMillis", at).add("digit", event.getString("digit", "?")));
                }
            }
        }
        return out;
    }

    private static JsonObject parse(String statistics) {
        if (statistics == null || statistics.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(statistics))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** A whole-number field of the statistics, 0 when absent or not a number. */
    static long number(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.NUMBER
                ? o.getJsonNumber(name).longValue() : 0;
    }
}
