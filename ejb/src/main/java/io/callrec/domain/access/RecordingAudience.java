package io.callrec.domain.access;

import java.util.List;

/** Every xDR that links to one recording, with what the visibility rule needs of each. */
public record RecordingAudience(List<XdrOwner> owners) {

    public RecordingAudience {
        owners = List.copyOf(owners);
    }

    /** An entitled owner chose "show the call recording to myself only": an admin's reading is logged. */
    public boolean hasPrivateOwner() {
        return owners.stream().anyMatch(o -> o.entitled() && o.accountPrivate());
    }
}
