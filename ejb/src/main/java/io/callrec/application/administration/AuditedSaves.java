package io.callrec.application.administration;

import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The admin API's create-or-replace of a service-model entity on the operator's id, with its audit
 * line (the entity's JSON before and after) written in the same transaction.
 */
@ApplicationScoped
public class AuditedSaves {

    @Inject
    ServiceDirectory directory;

    @Inject
    AuditTrail audit;

    /** {@code create} makes the entity when the id is new; {@code update} replaces an existing one's definition. */
    public <T> Saved<T> save(Caller caller, Class<T> type, String subjectType, String id, Function<T, JsonObject> json,
                             Supplier<T> create, Consumer<T> update) {
        Optional<T> existing = directory.find(type, id);
        JsonObject before = existing.map(json).orElse(null);
        T entity = existing.orElseGet(create);
        if (existing.isPresent()) {
            update.accept(entity);
        } else {
            directory.add(entity);
        }
        audit.changed(caller, subjectType, id, before, json.apply(entity));
        return new Saved<>(entity, existing.isEmpty());
    }
}
