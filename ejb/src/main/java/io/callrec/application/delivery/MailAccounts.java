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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * To whom a recording's e-mails go and whether each is due: every account with an entitled xDR on the
 * recording (an internal call's two accounts, a transfer's parties) is decided on its own by
 * {@link MailPolicy}, with its own xDR (the first entitled one of that account: the call as that account
 * saw it) and its own address only, also when it keeps its recordings "to myself only".
 */
@ApplicationScoped
public class MailAccounts {

    @Inject
    Recordings recordings;

    @Inject
    ServiceDirectory directory;

    @Inject
    RecordsDeliveryOption recordsDelivery;

    /** One entitled account of a recording: its xDR, the account (null when not configured) and the decision. */
    public record Due(Xdr xdr, String accountId, Account account, MailPolicy.Decision decision) {
    }

    /** Every entitled account of the recording, in the order of their first entitled xDR. */
    public List<Due> of(Recording recording) {
        boolean enabled = recordsDelivery.enabled();
        return firstEntitledXdrs(recording).values().stream().map(x -> decide(recording, x, enabled)).toList();
    }

    /** One account of the recording; empty when it has no entitled xDR on it (any more). */
    public Optional<Due> of(Recording recording, String accountId) {
        return Optional.ofNullable(firstEntitledXdrs(recording).get(accountId))
                .map(x -> decide(recording, x, recordsDelivery.enabled()));
    }

    /**
     * The account of the recording's first entitled xDR: the only account a recording was mailed to before
     * each account got its own mail (a mail request queued then names no account).
     */
    public Optional<String> firstAccount(Recording recording) {
        return firstEntitledXdrs(recording).keySet().stream().findFirst();
    }

    private Map<String, Xdr> firstEntitledXdrs(Recording recording) {
        Map<String, Xdr> first = new LinkedHashMap<>();
        recordings.xdrsOf(recording).stream().filter(Xdr::isEntitled).forEach(x -> first.putIfAbsent(x.getAccountId(), x));
        return first;
    }

    private Due decide(Recording recording, Xdr xdr, boolean recordsDeliveryEnabled) {
        Optional<Account> account = directory.find(Account.class, xdr.getAccountId());
        if (account.isEmpty()) {
            return new Due(xdr, xdr.getAccountId(), null,
                    new MailPolicy.Decision(false, "the account is not configured"));
        }
        Account a = account.get();
        boolean classNotifies = a.getCustomer().getCustomerClass() != null
                && a.getCustomer().getCustomerClass().isNewRecordingNotification();
        boolean sendViaEmail = EffectiveConfigurationPolicy.of(a.policyInputs()).isOn(RecordingOption.SEND_VIA_EMAIL);
        return new Due(xdr, a.getId(), a, MailPolicy.decide(new MailPolicy.Inputs(recordsDeliveryEnabled, classNotifies,
                sendViaEmail, a.getEmail(), recording.getState())));
    }
}
