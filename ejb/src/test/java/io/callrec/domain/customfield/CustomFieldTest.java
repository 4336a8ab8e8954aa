package io.callrec.domain.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.validation.InvalidFieldException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

    @Test
    void aFieldAppliesToWhatItsDefinitionNames() {
        CustomField field = new CustomField("CallCabinet_CustomerID", EnumSet.of(CustomFieldOwner.CUSTOMER), "  CRM id ");
        assertThat(field.appliesTo(CustomFieldOwner.CUSTOMER)).isTrue();
        assertThat(field.appliesTo(CustomFieldOwner.ACCOUNT)).isFalse();
        assertThat(field.getDescription()).isEqualTo("CRM id");
        field.define(EnumSet.allOf(CustomFieldOwner.class), " ");
        assertThat(field.getAppliesTo()).containsExactly(CustomFieldOwner.ACCOUNT, CustomFieldOwner.CUSTOMER);
        assertThat(field.getDescription()).isNull();
    }

    @Test
    void aFieldMustApplyToSomething() {
        assertThatThrownBy(() -> new CustomField("X", Set.of(), null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("'appliesTo' must name ACCOUNT, CUSTOMER or both");
    }

    @Test
    void aNameThatCouldNotBeAMetaFileItemIsRefused() {
        assertThatThrownBy(() -> new CustomField("1st field", Set.of(CustomFieldOwner.ACCOUNT), null))
                .hasMessageContaining("'name' must start with a letter");
        assertThatThrownBy(() -> CustomField.validName("x".repeat(65))).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void ownersAreReadInAnyCase() {
        assertThat(CustomFieldOwner.parse("account")).contains(CustomFieldOwner.ACCOUNT);
        assertThat(CustomFieldOwner.parse(" CUSTOMER ")).contains(CustomFieldOwner.CUSTOMER);
        assertThat(CustomFieldOwner.parse("user")).isEmpty();
    }

    @Test
    void theAccountsValueComesFirstAndTheCustomersFillsIn() {
        CustomFieldValues values = new CustomFieldValues(Map.of("A", "own"), Map.of("A", "customer's", "B", "inherited"));
        assertThat(values.value("A")).isEqualTo("own");
        assertThat(values.value("B")).isEqualTo("inherited");
        assertThat(values.value("C")).isNull();
    }
}
