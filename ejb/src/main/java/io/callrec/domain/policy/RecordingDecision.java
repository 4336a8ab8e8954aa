package io.callrec.domain.policy;

import io.callrec.domain.dialing.DtmfCodes;

/** The answer to the switch for one call of one account. */
public record RecordingDecision(boolean record, boolean onDemandAllowed, DtmfCodes codes, boolean playAnnouncement) {

    /** The prompts go into the recording when the announcement is on, unless the switch already played them in-band. */
    public boolean mixAnnouncementsIntoRecording(boolean playedInBand) {
        return playAnnouncement && !playedInBand;
    }
}
