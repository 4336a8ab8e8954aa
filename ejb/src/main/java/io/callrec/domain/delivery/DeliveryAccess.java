package io.callrec.domain.delivery;

import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.customer.Customer;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether an end user may switch its own "send the call recording via email": only where the operator
 * opened delivery for it, i.e. RecordsDelivery.Enabled is on and its customer's class has "New call
 * recording is available". Elsewhere the option keeps what its access role lets the user see, but is
 * never modifiable, whatever the role says (the default role would otherwise let it be turned on).
 */
public final class DeliveryAccess {

    private DeliveryAccess() {
    }

    /** Delivery is open to the accounts of {@code customer}. */
    public static boolean openTo(boolean recordsDeliveryEnabled, Customer customer) {
        return recordsDeliveryEnabled && customer.getCustomerClass() != null
                && customer.getCustomerClass().isNewRecordingNotification();
    }

    /** The role's grants as they apply: without MODIFY on the e-mail option while delivery is closed. */
    public static Set<Grant> endUserGrants(Set<Grant> roleGrants, boolean open) {
        if (open || !AccessRole.mayModify(roleGrants, Attribute.SEND_VIA_EMAIL)) {
            return roleGrants;
        }
        Set<Grant> narrowed = new HashSet<>(roleGrants);
        narrowed.remove(new Grant(Attribute.SEND_VIA_EMAIL, Permission.MODIFY));
        narrowed.add(new Grant(Attribute.SEND_VIA_EMAIL, Permission.VIEW));
        return Set.copyOf(narrowed);
    }
}
