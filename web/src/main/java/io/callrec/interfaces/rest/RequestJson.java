package io.callrec.interfaces.rest;

import io.callrec.domain.xdr.InvalidCallRecordException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Reads a JSON object request body; anything else is a 400 that says so. */
final class RequestJson {

    private RequestJson() {
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidCallRecordException("the request body must be a JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCallRecordException("the request body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidCallRecordException("the request body is not valid JSON: " + e.getMessage());
        }
    }
}
