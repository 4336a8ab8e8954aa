package io.callrec.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page of a newest-first list paged by id: {@code {"items": [...], "next": <last id> | null}}. A full
 * page has a {@code next}, to pass back as {@code after}; a shorter one is the last ({@code next} null).
 */
@JsonbPropertyOrder({"items", "next"})
public record KeysetPage(List<?> items, @JsonbNillable Long next) {

    static <T> KeysetPage of(List<T> rows, int limit, Function<T, ?> view, ToLongFunction<T> id) {
        Long next = !rows.isEmpty() && rows.size() == limit ? id.applyAsLong(rows.get(rows.size() - 1)) : null;
        return new KeysetPage(rows.stream().map(view).toList(), next);
    }
}
