package io.callrec.interfaces.rest;

import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.InvalidCallRecordException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the call record part of {@code POST /api/v1/calls}. Each problem is reported with the name of
 * the field, so the switch's operator knows what to fix.
 */
final class CallRecordJson {

    private CallRecordJson() {
    }

    static CallRecord parse(String json) {
        JsonObject o = readObject(json);
        return new CallRecord(
                required(o, "callId"),
                required(o, "h323ConfId"),
                required(o, "accountId"),
                optional(o, "accountNumber"),
                optional(o, "customerId"),
                required(o, "callingNumber"),
                required(o, "calledNumber"),
                direction(o),
                time(o, "connectTime"),
                time(o, "disconnectTime"));
    }

    /** Upper bound of control events in one call record: a generous human limit, not a real call's need. */
    static final int MAX_CONTROL_EVENTS = 1000;

    /**
     * The optional {@code controlEvents: [{"at": "...", "action": "start|stop", "source": "..."}]} of the
     * call record: start/stop requests the switch saw during the call. Absent or null means none.
     */
    /** The recording-control part of the call record: {@code controlEvents} and {@code announcementPlayedInBand}. */
    static CallControl control(String json) {
        JsonObject o = readObject(json);
        JsonValue inBand = o.get("announcementPlayedInBand");
        boolean playedInBand = false;
        if (inBand != null && inBand.getValueType() != JsonValue.ValueType.NULL) {
            playedInBand = switch (inBand.getValueType()) {
                case TRUE -> true;
                case FALSE -> false;
                default -> throw new InvalidCallRecordException("field 'announcementPlayedInBand' must be true or false");
            };
        }
        return new CallControl(controlEvents(json), playedInBand);
    }

    static List<ControlEvent> controlEvents(String json) {
        JsonObject o = readObject(json);
        JsonValue value = o.get("controlEvents");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidCallRecordException("field 'controlEvents' must be an array of {at, action, source}");
        }
        if (value.asJsonArray().size() > MAX_CONTROL_EVENTS) {
            throw new InvalidCallRecordException("field 'controlEvents' holds more than " + MAX_CONTROL_EVENTS + " events");
        }
        List<ControlEvent> events = new ArrayList<>();
        for (int i = 0; i < value.asJsonArray().size(); i++) {
            JsonValue item = value.asJsonArray().get(i);
            String name = "controlEvents[" + i + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCallRecordException("field '" + name + "' must be an object {at, action, source}");
            }
            JsonObject event = item.asJsonObject();
            Instant at = time(event, name + ".at", "at");
            String action = optional(event, "action", name + ".action");
            if (action == null) {
                throw new InvalidCallRecordException("missing required field '" + name + ".action'");
            }
            Action parsed = switch (action.toLowerCase(Locale.ROOT)) {
                case "start" -> Action.START;
                case "stop" -> Action.STOP;
                default -> throw new InvalidCallRecordException("field '" + name + ".action' must be 'start' or 'stop', not '"
                        + action + "'");
            };
            String source = optional(event, "source", name + ".source");
            events.add(new ControlEvent(at, parsed, Trigger.SWITCH, source == null ? "switch" : source));
        }
        return events;
    }

    private static JsonObject readObject(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCallRecordException("the call record must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidCallRecordException("the call record is not valid JSON: " + e.getMessage());
        }
    }

    private static String required(JsonObject o, String field) {
        String value = optional(o, field, field);
        if (value == null) {
            throw new InvalidCallRecordException("missing required field '" + field + "'");
        }
        return value;
    }

    /** A string or number field, trimmed; null when absent, null or blank. */
    private static String optional(JsonObject o, String field) {
        return optional(o, field, field);
    }

    private static String optional(JsonObject o, String field, String shownAs) {
        JsonValue value = o.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new InvalidCallRecordException("field '" + shownAs + "' must be a string");
        };
        text = text.trim();
        return text.isEmpty() ? null : text;
    }

    private static CallDirection direction(JsonObject o) {
        String text = required(o, "direction");
        return CallDirection.parse(text).orElseThrow(() -> new InvalidCallRecordException(
                "field 'direction' must be one of " + Arrays.toString(CallDirection.values()).toLowerCase()
                        + ", not '" + text + "'"));
    }

    private static Instant time(JsonObject o, String field) {
        return time(o, field, field);
    }

    private static Instant time(JsonObject o, String shownAs, String field) {
        String text = optional(o, field, shownAs);
        if (text == null) {
            throw new InvalidCallRecordException("missing required field '" + shownAs + "'");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCallRecordException("field '" + shownAs
                    + "' must be an ISO-8601 date-time with offset, e.g. 2026-11-26T10:15:30Z, not '" + text + "'");
        }
    }
}
