package io.callrec.application.administration;

/** The result of a create-or-replace: the entity as stored, and whether it was new. */
public record Saved<T>(T entity, boolean created) {
}
