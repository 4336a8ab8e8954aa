package io.callrec.interfaces.rest;

import io.callrec.application.administration.CustomFieldAdministration;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.identity.Caller;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The custom field values of an account or a customer, as {@code AccountResource} and
 * {@code CustomerResource} serve them under {@code {id}/custom-fields}: the list is a map of every field
 * that applies (null when unset), one value is {@code {"name", "value"}}, and a PUT takes {@code {"value"}}
 * (null or "" unsets it).
 */
final class CustomFieldValueAnswers {

    /** The body of a PUT, and one value as answered. */
    @JsonbPropertyOrder({"name", "value"})
    public record FieldValue(String name, @JsonbNillable String value) {
    }

    /** The answer of the list: every field that applies to the account or customer. */
    public record FieldValues(@JsonbNillable Map<String, String> customFields) {
    }

    private CustomFieldValueAnswers() {
    }

    static Response list(CustomFieldAdministration administration, Caller caller, CustomFieldOwner owner, String id) {
        return Response.ok(new FieldValues(administration.values(caller, owner, id))).build();
    }

    static Response one(CustomFieldAdministration administration, Caller caller, CustomFieldOwner owner, String id,
                        String name) {
        return Response.ok(new FieldValue(name, administration.value(caller, owner, id, name))).build();
    }

    static Response put(CustomFieldAdministration administration, JsonBodies bodies, Caller caller, CustomFieldOwner owner,
                        String id, String name, String body) {
        FieldValue request = bodies.read(body, FieldValue.class, Document.BODY);
        return Response.ok(new FieldValue(name, administration.setValue(caller, owner, id, name, request.value()))).build();
    }
}
