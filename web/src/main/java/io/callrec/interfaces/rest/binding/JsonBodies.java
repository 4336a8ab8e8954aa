package io.callrec.interfaces.rest.binding;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a JSON request body to its record with JSON-B and checks the record's Bean Validation
 * constraints. A document that is not a JSON object, or a field of the wrong type, is refused with a
 * 400 naming the field ({@link Document}); a broken constraint is a {@link ConstraintViolationException},
 * answered by the one mapper of constraint violations. Resources read bodies here (not as entity
 * parameters) so these answers do not depend on how the JAX-RS runtime wraps a reader's failure.
 */
@ApplicationScoped
public class JsonBodies {

    /** How Yasson names the property whose value it could not read, one level of nesting per cause. */
    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']+)' because of: ");
    private static final Pattern ALLOWED = Pattern.compile("Allowed: \\[(START_ARRAY|START_OBJECT)]");

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new StrictValues.TrimmedText(), new StrictValues.StrictBoolean(), new StrictValues.StrictInteger()));

    @Inject
    Validator validator;

    /** For tests, outside a container. */
    public static JsonBodies with(Validator validator) {
        JsonBodies bodies = new JsonBodies();
        bodies.validator = validator;
        return bodies;
    }

    /** The body bound to {@code type} and valid; refused (400) otherwise. */
    public <T> T read(String json, Class<T> type, Document document) {
        return read(json, (Type) type, document);
    }

    /** The body bound to a generic {@code type} (a map of JSON values, say) and valid; refused (400) otherwise. */
    public <T> T read(String json, Type type, Document document) {
        if (json == null || json.isBlank()) {
            throw document.missing();
        }
        T value;
        try {
            value = jsonb.fromJson(json, type);
        } catch (JsonbException e) {
            throw refusal(e, document);
        }
        if (value == null) {
            throw document.notAnObject();
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** What JSON-B could not read: bad JSON, not an object, or the named field of the wrong type. */
    private static RuntimeException refusal(JsonbException e, Document document) {
        List<String> path = new ArrayList<>();
        String problem = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonException && !(t instanceof JsonbException)) {
                return document.notJson(t.getMessage()); // the parser's own failure: not JSON at all
            }
            Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (property != null && property.find()) {
                path.add(property.group(1));
            } else if (t instanceof JsonbException) {
                problem = t.getMessage();
            }
        }
        if (path.isEmpty()) {
            return document.notAnObject();
        }
        return document.field(String.join(".", path), problemText(problem));
    }

    /** Our deserializers' problems as they are; JSON-B's own position errors in the API's words. */
    private static String problemText(String problem) {
        if (problem == null) {
            return "has the wrong type";
        }
        Matcher allowed = ALLOWED.matcher(problem);
        if (allowed.find()) {
            return allowed.group(1).equals("START_ARRAY") ? Document.NOT_AN_ARRAY : Document.NOT_AN_OBJECT;
        }
        return problem.startsWith("Incorrect position") ? "has the wrong type" : problem;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing holds resources worth reporting at undeployment
        }
    }
}
