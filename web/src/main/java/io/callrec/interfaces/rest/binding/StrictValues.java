package io.callrec.interfaces.rest.binding;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * The deserializers of request fields: JSON-B's defaults would coerce {@code "x"} to {@code false} and
 * {@code 1.5} to {@code 1}; these refuse what is not of the field's type, with the problem as the message
 * (the binder prefixes the field), and keep the API's rules for text.
 */
public final class StrictValues {

    private StrictValues() {
    }

    /** Text: a string (or a number, as its text), trimmed; blank is null, as if absent. */
    public static final class TrimmedText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            String text = switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> value.toString();
                default -> throw new JsonbException("must be a string");
            };
            text = text.trim();
            return text.isEmpty() ? null : text;
        }
    }

    /** A string exactly as sent, spaces kept (a password); put on the field with {@code @JsonbTypeDeserializer}. */
    public static final class RawText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("must be a string");
            }
            return ((JsonString) value).getString();
        }
    }

    /** {@code true} or {@code false}; nothing else. */
    public static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case NULL -> null;
                case TRUE -> true;
                case FALSE -> false;
                default -> throw new JsonbException("must be true or false");
            };
        }
    }

    /** A whole number (no fraction, no string). */
    public static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException e) {
                    throw new JsonbException("is out of range");
                }
            }
            throw new JsonbException("must be a whole number");
        }
    }
}
