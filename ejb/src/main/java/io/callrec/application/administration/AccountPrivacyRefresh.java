package io.callrec.application.administration;

import io.callrec.domain.account.Account;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Recomputes every account's kept "show to myself only" flag, in one transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountPrivacyRefresh {

    @Inject
    ServiceDirectory directory;

    /** How many accounts changed. */
    public int all() {
        return (int) directory.list(Account.class, Integer.MAX_VALUE).stream().filter(Account::refreshPrivacy).count();
    }
}
