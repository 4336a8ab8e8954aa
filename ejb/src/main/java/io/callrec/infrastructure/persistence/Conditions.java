package io.callrec.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The optional filters of a list query: each one given adds its JPQL condition and binds its parameter. */
final class Conditions {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that always applies (no parameter of its own). */
    Conditions always(String condition) {
        where.add(condition);
        return this;
    }

    /** {@code condition} with its parameter {@code :name}, only when {@code value} is given. */
    Conditions ifGiven(Object value, String condition, String name) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    String where() {
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
