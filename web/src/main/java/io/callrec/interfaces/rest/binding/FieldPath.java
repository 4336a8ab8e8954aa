package io.callrec.interfaces.rest.binding;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;

/**
 * The field a constraint violation is about, as the API names fields: {@code name},
 * {@code customCodes.start}, {@code xdrs[0].accountId}, {@code addOns[2]}.
 */
public final class FieldPath {

    /** A violation message holding this placeholder is the whole error text, with the field put in (e.g. "missing required field '%s'"). */
    public static final String PLACEHOLDER = "%s";

    private FieldPath() {
    }

    public static String of(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    /** The error text of a violation: "field 'name' is required", or the message's own words around the field. */
    public static String error(ConstraintViolation<?> violation) {
        String field = of(violation);
        String message = violation.getMessage();
        return message.contains(PLACEHOLDER) ? message.replace(PLACEHOLDER, field) : "field '" + field + "' " + message;
    }

    /**
     * The error text of a refused body: one violation, the first by field name, so the answer is the same
     * for the same body.
     */
    public static String error(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> of(v)).thenComparing(ConstraintViolation::getMessage))
                .map(FieldPath::error).orElse(e.getMessage());
    }
}
