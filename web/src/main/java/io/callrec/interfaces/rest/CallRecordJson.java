package io.callrec.interfaces.rest;

import io.callrec.application.intake.CallIntake;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.LegKind;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Upper bound of further xDRs in one call record: every account on a conference-sized call. */
    static final int MAX_XDRS = 20;

    /**
     * The optional {@code xdrs}: the xDRs of the other accounts on the call, each
     * {@code {"accountId","direction", "accountNumber","customerId","callingNumber","calledNumber",
     * "connectTime","disconnectTime","controlEvents"}} with the first two required; numbers and times
     * default to the posting account's, {@code callId}/{@code h323ConfId} are the call's. Absent or null
     * means none. An account may appear once.
     */
    static List<CallIntake.AccountCall> otherAccounts(String json, CallRecord primary, boolean playedInBand) {
        JsonObject root = readObject(json);
        List<JsonObject> items = objects(root, "xdrs", MAX_XDRS);
        List<CallIntake.AccountCall> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(primary.accountId()));
        for (int i = 0; i < items.size(); i++) {
            JsonObject x = items.get(i);
            String name = "xdrs[" + i + "]";
            String account = requiredIn(x, "accountId", name);
            if (!seen.add(account)) {
                throw new InvalidCallRecordException("field '" + name + ".accountId': account '" + account
                        + "' has more than one xDR in this call record");
            }
            for (String same : List.of("callId", "h323ConfId")) {
                String value = optional(x, same, name + "." + same);
                String expected = same.equals("callId") ? primary.callId() : primary.h323ConfId();
                if (value != null && !value.equals(expected)) {
                    throw new InvalidCallRecordException("field '" + name + "." + same + "' must be the call's "
                            + same + " '" + expected + "', not '" + value + "'");
                }
            }
            CallDirection direction = direction(x, name + ".");
            String calling = optional(x, "callingNumber", name + ".callingNumber");
            String called = optional(x, "calledNumber", name + ".calledNumber");
            Instant connect = optional(x, "connectTime", name + ".connectTime") != null ? time(x, name + ".connectTime", "connectTime")
                    : primary.connectTime();
            Instant disconnect = optional(x, "disconnectTime", name + ".disconnectTime") != null ? time(x, name + ".disconnectTime", "disconnectTime")
                    : primary.disconnectTime();
            CallRecord call;
            try {
                call = new CallRecord(primary.callId(), primary.h323ConfId(), account,
                        optional(x, "accountNumber", name + ".accountNumber"), optional(x, "customerId", name + ".customerId"),
                        calling == null ? primary.callingNumber() : calling, called == null ? primary.calledNumber() : called,
                        direction, connect, disconnect);
            } catch (InvalidCallRecordException e) {
                throw new InvalidCallRecordException(name + ": " + e.getMessage());
            }
            accounts.add(new CallIntake.AccountCall(call, new CallControl(controlEvents(x, name + "."), playedInBand)));
        }
        return accounts;
    }

    static final int MAX_LEGS = 100;

    /**
     * The optional {@code legs} of a call with transfers or parking:
     * {@code [{"id","kind","partyA","partyB","start","end","handedOverBy"}]}, kind one of direct,
     * consultation, transferred, parked, retrieved. Absent or null means none.
     */
    static List<CallLeg> legs(String json) {
        List<JsonObject> items = objects(readObject(json), "legs", MAX_LEGS);
        List<CallLeg> legs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject leg = items.get(i);
            String name = "legs[" + i + "]";
            String id = requiredIn(leg, "id", name);
            String kindText = requiredIn(leg, "kind", name);
            LegKind kind = Arrays.stream(LegKind.values()).filter(k -> k.name().equalsIgnoreCase(kindText)).findFirst()
                    .orElseThrow(() -> new InvalidCallRecordException("field '" + name + ".kind' must be one of "
                            + Arrays.toString(LegKind.values()).toLowerCase(Locale.ROOT) + ", not '" + kindText + "'"));
            String partyA = requiredIn(leg, "partyA", name);
            String partyB = kind == LegKind.PARKED ? optional(leg, "partyB", name + ".partyB") : requiredIn(leg, "partyB", name);
            String handedOverBy = kind == LegKind.DIRECT || kind == LegKind.CONSULTATION
                    ? optional(leg, "handedOverBy", name + ".handedOverBy") : requiredIn(leg, "handedOverBy", name);
            Instant start = time(leg, name + ".start", "start");
            Instant end = time(leg, name + ".end", "end");
            if (end.isBefore(start)) {
                throw new InvalidCallRecordException("field '" + name + ".end' is before its start");
            }
            legs.add(new CallLeg(id, kind, partyA, partyB, start, end, handedOverBy));
        }
        return legs;
    }

    private static String requiredIn(JsonObject o, String field, String prefix) {
        String value = optional(o, field, prefix + "." + field);
        if (value == null) {
            throw new InvalidCallRecordException("missing required field '" + prefix + "." + field + "'");
        }
        return value;
    }

    private static List<JsonObject> objects(JsonObject o, String field, int max) {
        return objects(o, field, field, max);
    }

    private static List<JsonObject> objects(JsonObject o, String field, String shownAs, int max) {
        JsonValue value = o.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidCallRecordException("field '" + shownAs + "' must be an array of objects");
        }
        if (value.asJsonArray().size() > max) {
            throw new InvalidCallRecordException("field '" + shownAs + "' holds more than " + max + " items");
        }
        List<JsonObject> items = new ArrayList<>();
        for (int i = 0; i < value.asJsonArray().size(); i++) {
            JsonValue item = value.asJsonArray().get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCallRecordException("field '" + shownAs + "[" + i + "]' must be an object");
            }
            items.add(item.asJsonObject());
        }
        return items;
    }

    /**
     * The optional {@code controlEvents: [{"at": "...", "action": "start|stop", "source": "..."}]} of the
     * call record: start/stop requests the switch saw during the call. Absent or null means none.
     */
    static List<ControlEvent> controlEvents(String json) {
        return controlEvents(readObject(json), "");
    }

    private static List<ControlEvent> controlEvents(JsonObject o, String prefix) {
        List<JsonObject> items = objects(o, "controlEvents", prefix + "controlEvents", MAX_CONTROL_EVENTS);
        List<ControlEvent> events = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject event = items.get(i);
            String name = prefix + "controlEvents[" + i + "]";
            Instant at = time(event, name + ".at", "at");
            String action = requiredIn(event, "action", name);
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
        int max = maxLength(field);
        if (text.length() > max) {
            throw new InvalidCallRecordException("field '" + shownAs + "' is longer than " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** What the xDR and leg columns hold: call identifiers 128 characters, a source note 300, the rest 64. */
    private static int maxLength(String field) {
        return switch (field) {
            case "callId", "h323ConfId" -> 128;
            case "source" -> 300;
            default -> 64;
        };
    }

    private static CallDirection direction(JsonObject o) {
        return direction(o, "");
    }

    /** The {@code direction} field of {@code o}, named {@code prefix + "direction"} in errors. */
    private static CallDirection direction(JsonObject o, String prefix) {
        String text = optional(o, "direction", prefix + "direction");
        if (text == null) {
            throw new InvalidCallRecordException("missing required field '" + prefix + "direction'");
        }
        return CallDirection.parse(text).orElseThrow(() -> new InvalidCallRecordException(
                "field '" + prefix + "direction' must be one of " + Arrays.toString(CallDirection.values())
                        .toLowerCase(Locale.ROOT) + ", not '" + text + "'"));
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
