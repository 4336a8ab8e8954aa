package io.callrec.application.intake;

import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.account.Account;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.account.EffectiveConfigurationPolicy;
import io.callrec.domain.policy.RecordingDecision;
import io.callrec.domain.policy.RecordingPolicy;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Use case: the switch asks at call setup whether to record a call of an account. */
@Stateless
public class RecordingPolicyService {

    @Inject
    ServiceDirectory directory;

    public RecordingDecision decide(String accountId, CallDirection direction) {
        return decision(accountId, direction).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    /** Empty when the account is not configured here. */
    public Optional<RecordingDecision> decision(String accountId, CallDirection direction) {
        return configuration(accountId).map(c -> RecordingPolicy.decide(c, direction));
    }

    /** What applies to an account; empty when it is not configured here. */
    public Optional<EffectiveConfiguration> configuration(String accountId) {
        return directory.find(Account.class, accountId).map(a -> EffectiveConfigurationPolicy.of(a.policyInputs()));
    }
}
