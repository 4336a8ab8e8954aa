package io.callrec.domain.transfer;

import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.ondemand.StoredSpan;
import java.util.List;

/**
 * Applies the transfer policy's answer to one account's recording control: its spans become the parts
 * of the call it owns, leg by leg, with the policy's notes about it. Used at intake (with the switch's
 * events) and again at conversion (with the capture's events too).
 */
public final class OwnedParts {

    private OwnedParts() {
    }

    /** {@code own}: the account's spans over the whole call; false when it owns nothing of the call. */
    public static boolean keep(RecordingControl control, String account, List<RecordedSpan> own, Ownership ownership) {
        List<StoredSpan> owned = ownership.of(account).map(owner -> owner.spans().stream()
                .map(s -> new StoredSpan(new RecordedSpan(s.start(), s.end(), s.startedBy(own)), s.legId(), s.parties()))
                .toList()).orElse(List.of());
        List<String> notes = ownership.notes().stream().filter(n -> n.startsWith(account + " ")).toList();
        control.keepOnly(owned, notes.isEmpty() && owned.isEmpty() ? List.of(account + " owns no part of this call") : notes);
        return !owned.isEmpty();
    }
}
