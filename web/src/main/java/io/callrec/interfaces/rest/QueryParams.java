package io.callrec.interfaces.rest;

import io.callrec.domain.validation.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Query parameters read as text and parsed here, so a bad value is a 400 naming it (JAX-RS would
 * answer 404 for a number it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    /** Null when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Long id(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number of 0 or more, not '" + v + "'");
        }
    }

    static Instant instant(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be an ISO-8601 date-time with offset, e.g. 2026-11-26T10:15:30Z");
        }
    }

    static int limit(String value) {
        Long limit = id("limit", value);
        return Saves.limit(limit == null ? 100 : (int) Math.min(limit, Integer.MAX_VALUE));
    }
}
