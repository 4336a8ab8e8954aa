package io.callrec.interfaces.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void anAdminLandsOnTheConsoleAndPeopleOfCustomersOnSelfCare() {
        assertThat(Pages.home(new Caller("a", Role.ADMIN, null, null))).isEqualTo("/console/xdrs.xhtml");
        assertThat(Pages.home(new Caller("c", Role.CUSTOMER, "42", null))).isEqualTo("/selfcare/calls.xhtml");
        assertThat(Pages.home(new Caller("u", Role.ACCOUNT, null, "1001"))).isEqualTo("/selfcare/calls.xhtml");
    }

    @Test
    void theSwitchHasNoPages() {
        assertThat(Pages.home(new Caller("sbc", Role.SWITCH, null, null))).isNull();
    }
}
