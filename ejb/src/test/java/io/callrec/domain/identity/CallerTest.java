package io.callrec.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void aCustomerUserNeedsItsCustomerAndAnAccountUserItsAccount() {
        assertThatThrownBy(() -> new Caller("c", Role.CUSTOMER, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("a", Role.ACCOUNT, "42", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Caller("a", Role.ACCOUNT, null, "1001").accountId()).isEqualTo("1001");
    }

    @Test
    void requireRefusesOtherRolesNamingTheRolesThatMay() {
        Caller sbc = new Caller("sbc", Role.SWITCH, null, null);
        sbc.require(Role.SWITCH, Role.ADMIN);
        assertThatThrownBy(() -> sbc.require(Role.ADMIN)).isInstanceOf(RoleRequiredException.class)
                .hasMessage("this requires the role admin; 'sbc' is switch");
        assertThatThrownBy(() -> sbc.require(Role.ADMIN, Role.CUSTOMER))
                .hasMessage("this requires the role admin or customer; 'sbc' is switch");
    }

    @Test
    void rolesParseFromTheirApiNames() {
        assertThat(Role.parse("Switch")).contains(Role.SWITCH);
        assertThat(Role.parse("root")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
        assertThat(Role.ADMIN.name()).isEqualTo(Role.Names.ADMIN);
    }
}
