package io.callrec.interfaces.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.Json;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page of a newest-first list paged by id: {@code {"items": [...], "next": <last id> | null}}. A full
 * page has a {@code next}, to pass back as {@code after}; a shorter one is the last.
 */
final class KeysetPage {

    private KeysetPage() {
    }

    static <T> String of(List<T> rows, int limit, Function<T, JsonObjectBuilder> json, ToLongFunction<T> id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        rows.forEach(r -> items.add(json.apply(r)));
        JsonObjectBuilder page = Json.createObjectBuilder().add("items", items);
        if (!rows.isEmpty() && rows.size() == limit) {
            page.add("next", id.applyAsLong(rows.get(rows.size() - 1)));
        } else {
            page.addNull("next");
        }
        return page.build().toString();
    }
}
