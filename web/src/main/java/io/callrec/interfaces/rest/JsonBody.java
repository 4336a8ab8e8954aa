package io.callrec.interfaces.rest;

import io.callrec.domain.validation.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body read as a JSON object, with typed access to its fields; every problem is an
 * {@link InvalidFieldException} (400) naming the field, prefixed with where the object sits.
 */
final class JsonBody {

    private final JsonObject o;
    private final String prefix;

    private JsonBody(JsonObject o, String prefix) {
        this.o = o;
        this.prefix = prefix;
    }

    static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidFieldException("(body)", "is missing: a JSON object is expected");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidFieldException("(body)", "must be a JSON object");
            }
            return new JsonBody(value.asJsonObject(), "");
        } catch (JsonException e) {
            throw new InvalidFieldException("(body)", "is not valid JSON: " + e.getMessage());
        }
    }

    static JsonBody of(JsonObject o, String prefix) {
        return new JsonBody(o, prefix);
    }

    String name(String field) {
        return prefix + field;
    }

    boolean has(String field) {
        return o.containsKey(field);
    }

    boolean isNull(String field) {
        return present(field) == null;
    }

    /** The field's value; null when it is absent or JSON null. */
    private JsonValue present(String field) {
        JsonValue v = o.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    Iterable<String> fields() {
        return o.keySet();
    }

    String requiredString(String field) {
        String value = string(field);
        if (value == null) {
            throw new InvalidFieldException(name(field), "is required");
        }
        return value;
    }

    /** A trimmed string (numbers accepted as their text); null when absent, null or blank. */
    String string(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        String text = switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> v.toString();
            default -> throw new InvalidFieldException(name(field), "must be a string");
        };
        text = text.trim();
        return text.isEmpty() ? null : text;
    }

    /** A string exactly as sent, spaces kept (a password); null when absent or null. */
    String rawString(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidFieldException(name(field), "must be a string");
        }
        return ((JsonString) v).getString();
    }

    boolean bool(String field, boolean absent) {
        JsonValue v = present(field);
        if (v == null) {
            return absent;
        }
        return switch (v.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new InvalidFieldException(name(field), "must be true or false");
        };
    }

    /** A whole number; null when absent or null. */
    Integer integer(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw new InvalidFieldException(name(field), "must be a whole number");
        }
        return ((JsonNumber) v).intValueExact();
    }

    /** A nested object; null when absent or null. */
    JsonBody object(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidFieldException(name(field), "must be an object");
        }
        return new JsonBody(v.asJsonObject(), name(field) + ".");
    }

    /** The objects of an array field; empty when absent or null. */
    List<JsonBody> objects(String field) {
        List<JsonBody> items = new ArrayList<>();
        List<JsonValue> values = array(field);
        for (int i = 0; i < values.size(); i++) {
            JsonValue v = values.get(i);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidFieldException(name(field) + "[" + i + "]", "must be an object");
            }
            items.add(new JsonBody(v.asJsonObject(), name(field) + "[" + i + "]."));
        }
        return items;
    }

    /** The strings of an array field; empty when absent or null. */
    List<String> strings(String field) {
        List<String> items = new ArrayList<>();
        List<JsonValue> values = array(field);
        for (int i = 0; i < values.size(); i++) {
            JsonValue v = values.get(i);
            if (v.getValueType() != JsonValue.ValueType.STRING || ((JsonString) v).getString().isBlank()) {
                throw new InvalidFieldException(name(field) + "[" + i + "]", "must be a non-blank string");
            }
            items.add(((JsonString) v).getString().trim());
        }
        return items;
    }

    private List<JsonValue> array(String field) {
        JsonValue v = present(field);
        if (v == null) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidFieldException(name(field), "must be an array");
        }
        return v.asJsonArray();
    }
}
