package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.FieldPath;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies bound to records: wrong types and broken constraints are 400s naming the field, as before binding. */
class JsonBodiesTest {

    static final JsonBodies BODIES = JsonBodies.with(Validation.buildDefaultValidatorFactory().getValidator());

    /** The error text the one constraint-violation mapper answers for what {@code read} throws. */
    static String violation(Runnable read) {
        try {
            read.run();
        } catch (ConstraintViolationException e) {
            return FieldPath.error(e);
        }
        throw new AssertionError("no constraint violation");
    }

    @Test
    void textIsTrimmedBlankIsAbsentAndNumbersAreText() {
        var customer = BODIES.read("{\"name\":\" Acme \",\"customerClass\":\"  \",\"dialingRule\":42}",
                CustomerResource.CustomerRequest.class, Document.BODY);
        assertThat(customer.name()).isEqualTo("Acme");
        assertThat(customer.customerClass()).isNull();
        assertThat(customer.dialingRule()).isEqualTo("42");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(violation(() -> BODIES.read("{\"customerClass\":\"gold\"}", CustomerResource.CustomerRequest.class,
                Document.BODY))).isEqualTo("field 'name' is required");
        assertThat(violation(() -> BODIES.read("{\"customer\":\"42\",\"customCodes\":{\"start\":\"*44\"}}",
                AccountResource.AccountRequest.class, Document.BODY))).isEqualTo("field 'customCodes.stop' is required");
        assertThat(violation(() -> BODIES.read("{\"customer\":\"42\",\"addOns\":[\"a\",\" \"]}",
                AccountResource.AccountRequest.class, Document.BODY))).isEqualTo("field 'addOns[1]' must be a non-blank string");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedNotCoerced() {
        assertThatThrownBy(() -> BODIES.read("{\"name\":\"Voice\",\"addOn\":\"yes\"}", ProductResource.ProductRequest.class,
                Document.BODY)).isInstanceOf(InvalidFieldException.class).hasMessage("field 'addOn' must be true or false");
        assertThatThrownBy(() -> BODIES.read("{\"name\":{}}", CustomerResource.CustomerRequest.class, Document.BODY))
                .hasMessage("field 'name' must be a string");
        assertThatThrownBy(() -> BODIES.read("{\"customer\":\"42\",\"customCodes\":{\"start\":[]}}",
                AccountResource.AccountRequest.class, Document.BODY)).hasMessage("field 'customCodes.start' must be a string");
        assertThatThrownBy(() -> BODIES.read("{\"customer\":\"42\",\"addOns\":{}}", AccountResource.AccountRequest.class,
                Document.BODY)).hasMessage("field 'addOns' must be an array");
        assertThatThrownBy(() -> BODIES.read("{\"days\":1.5}", CustomerResource.RetentionRequest.class, Document.BODY))
                .hasMessage("field 'days' must be a whole number");
    }

    @Test
    void retentionTellsNullDaysFromAbsentDays() {
        assertThat(BODIES.read("{\"days\":null}", CustomerResource.RetentionRequest.class, Document.BODY).given()).isTrue();
        assertThat(BODIES.read("{}", CustomerResource.RetentionRequest.class, Document.BODY).given()).isFalse();
    }

    @Test
    void passwordsAreTakenExactlyAsSent() {
        var change = BODIES.read("{\"current\":\" old one \",\"new\":\" new one \"}", UserResource.PasswordChange.class,
                Document.BODY);
        assertThat(change.current()).isEqualTo(" old one ");
        assertThat(change.replacement()).isEqualTo(" new one ");
        assertThatThrownBy(() -> BODIES.read("{\"password\":12345678901,\"role\":\"admin\"}", UserResource.UserRequest.class,
                Document.BODY)).hasMessage("field 'password' must be a string");
    }

    @Test
    void aBodyThatIsNotAnObjectIsExplained() {
        assertThatThrownBy(() -> BODIES.read("[]", CustomerResource.CustomerRequest.class, Document.BODY))
                .hasMessage("field '(body)' must be a JSON object");
        assertThatThrownBy(() -> BODIES.read("", CustomerResource.CustomerRequest.class, Document.BODY))
                .hasMessageStartingWith("field '(body)' is missing");
        assertThatThrownBy(() -> BODIES.read("{bad", CustomerResource.CustomerRequest.class, Document.BODY))
                .hasMessageStartingWith("field '(body)' is not valid JSON: ");
    }

    @Test
    void optionMapsBindTheirValues() {
        var product = BODIES.read("{\"name\":\"Voice\",\"callRecording\":{\"autoRecordIncoming\":true}}",
                ProductResource.ProductRequest.class, Document.BODY);
        assertThat(product.callRecording()).containsEntry("autoRecordIncoming", true);
        var role = BODIES.read("{\"name\":\"r\",\"permissions\":{\"showToMyselfOnly\":[\"view\"]}}",
                AccessRoleResource.AccessRoleRequest.class, Document.BODY);
        assertThat(role.permissions()).containsEntry("showToMyselfOnly", List.of("view"));
    }
}
