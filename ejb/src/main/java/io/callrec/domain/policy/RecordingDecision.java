package io.callrec.domain.policy;

import io.callrec.domain.dialing.DtmfCodes;

/** The answer to the switch for one call of one account. */
public record RecordingDecision(boolean record, boolean onDemandAllowed, DtmfCodes codes, boolean playAnnouncement) {
}
