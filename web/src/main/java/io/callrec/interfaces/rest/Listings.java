package io.callrec.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * The list and get answers of the admin resources, one place for all: a list is {@code {"items": [...]}}
 * of the entities in their JSON form, a get is the entity's JSON form.
 */
final class Listings {

    /** The body of every list answer. */
    public record Items(List<?> items) {
    }

    private Listings() {
    }

    /** 200 with {@code {"items": [...]}}: each entity as {@code view} shows it, in the order given. */
    static <T> Response list(List<T> entities, Function<? super T, ?> view) {
        return Response.ok(new Items(entities.stream().map(view).toList())).build();
    }

    /** 200 with the entity as {@code view} shows it. */
    static <T> Response one(T entity, Function<? super T, ?> view) {
        return Response.ok(view.apply(entity)).build();
    }
}
