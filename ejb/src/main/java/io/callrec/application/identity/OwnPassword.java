package io.callrec.application.identity;

import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.refusal.PermissionDeniedException;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.PasswordPolicy;
import io.callrec.domain.identity.UserAccount;
import io.callrec.infrastructure.persistence.Users;
import io.callrec.infrastructure.security.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Use case: any user changes its own password, giving the current one. A wrong current password counts
 * as a failed login (a stolen session cannot guess it freely) and changes nothing.
 */
@Stateless
public class OwnPassword {

    @Inject
    Users users;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginGate gate;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void change(Caller caller, String current, String next) {
        UserAccount user = users.find(caller.login()).orElseThrow(() -> new NotFoundException("user", caller.login()));
        if (current == null || !hashing.verify(user.password(), current)) {
            gate.failed(caller.login(), null);
            throw new PermissionDeniedException("the current password is wrong");
        }
        PasswordPolicy.check("new", caller.login(), next);
        user.changePassword(hashing.hash(next), clock.instant());
        audit.event(caller, "password", "user", caller.login(), null, null);
    }
}
