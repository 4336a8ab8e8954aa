package io.callrec.interfaces.rest;

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
import java.util.Arrays;

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
        String value = optional(o, field);
        if (value == null) {
            throw new InvalidCallRecordException("missing required field '" + field + "'");
        }
        return value;
    }

    /** A string or number field, trimmed; null when absent, null or blank. */
    private static String optional(JsonObject o, String field) {
        JsonValue value = o.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new InvalidCallRecordException("field '" + field + "' must be a string");
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
        String text = required(o, field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCallRecordException("field '" + field
                    + "' must be an ISO-8601 date-time with offset, e.g. 2026-11-26T10:15:30Z, not '" + text + "'");
        }
    }
}
