package io.callrec.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customer.CustomerClass;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryAccessTest {

    private static Customer customerOfClass(boolean notifies) {
        Customer c = new Customer("42", "Acme");
        c.classify(new CustomerClass("gold", "Gold", notifies));
        return c;
    }

    @Test
    void deliveryIsOpenOnlyWhenEnabledAndTheClassNotifies() {
        assertThat(DeliveryAccess.openTo(true, customerOfClass(true))).isTrue();
        assertThat(DeliveryAccess.openTo(false, customerOfClass(true))).isFalse();
        assertThat(DeliveryAccess.openTo(true, customerOfClass(false))).isFalse();
        assertThat(DeliveryAccess.openTo(true, new Customer("43", "No class"))).isFalse();
    }

    @Test
    void theDefaultRoleCannotChangeTheEmailOptionWhileDeliveryIsClosedButStillSeesIt() {
        Set<Grant> grants = DeliveryAccess.endUserGrants(AccessRole.END_USER_DEFAULTS, false);
        assertThat(AccessRole.mayModify(grants, Attribute.SEND_VIA_EMAIL)).isFalse();
        assertThat(AccessRole.mayView(grants, Attribute.SEND_VIA_EMAIL)).isTrue();
        assertThat(AccessRole.mayModify(grants, Attribute.AUTO_RECORD_OUTGOING)).as("other options unchanged").isTrue();
    }

    @Test
    void anOpenDeliveryLeavesTheRoleAsItIs() {
        assertThat(DeliveryAccess.endUserGrants(AccessRole.END_USER_DEFAULTS, true)).isEqualTo(AccessRole.END_USER_DEFAULTS);
    }

    @Test
    void aRoleThatHidesTheOptionStillHidesItWhenClosed() {
        Set<Grant> none = Set.of(new Grant(Attribute.AUTO_RECORD_INCOMING, Permission.VIEW));
        assertThat(DeliveryAccess.endUserGrants(none, false)).isEqualTo(none);
    }
}
