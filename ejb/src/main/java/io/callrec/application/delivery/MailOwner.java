package io.callrec.application.delivery;

import io.callrec.domain.account.Account;
import io.callrec.domain.account.EffectiveConfigurationPolicy;
import io.callrec.domain.delivery.MailPolicy;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whose a recording's e-mail is and whether it is due: the owner is the account of the recording's first
 * entitled xDR (the account the call was recorded for), and only that account's own address is ever
 * used, also when the account keeps its recordings "to myself only". Other accounts sharing the
 * recording are not mailed.
 */
@ApplicationScoped
public class MailOwner {

    @Inject
    Recordings recordings;

    @Inject
    ServiceDirectory directory;

    @Inject
    RecordsDeliveryOption recordsDelivery;

    /** The owner's xDR and account (when configured), and the policy's decision for them. */
    public record Due(Xdr xdr, Account account, MailPolicy.Decision decision) {
    }

    public Due of(Recording recording) {
        Optional<Xdr> xdr = recordings.xdrsOf(recording).stream().filter(Xdr::isEntitled).findFirst();
        Optional<Account> account = xdr.flatMap(x -> directory.find(Account.class, x.getAccountId()));
        if (account.isEmpty()) {
            return new Due(xdr.orElse(null), null, new MailPolicy.Decision(false, "the recording has no configured account"));
        }
        Account a = account.get();
        boolean classNotifies = a.getCustomer().getCustomerClass() != null
                && a.getCustomer().getCustomerClass().isNewRecordingNotification();
        boolean sendViaEmail = EffectiveConfigurationPolicy.of(a.policyInputs()).isOn(RecordingOption.SEND_VIA_EMAIL);
        return new Due(xdr.get(), a, MailPolicy.decide(new MailPolicy.Inputs(recordsDelivery.enabled(), classNotifies,
                sendViaEmail, a.getEmail(), recording.getState())));
    }
}
