package io.callrec.domain.ondemand;

import java.time.Instant;
import java.util.List;

/**
 * Where a recording announcement belongs in the recording: "started" at every accepted start (the
 * auto-record start at connect included), "stopped" at every accepted stop.
 */
public record AnnouncementCue(Instant at, Action action) {

    public static List<AnnouncementCue> from(List<AuditEntry> audit) {
        return audit.stream().filter(AuditEntry::changedRecording).map(a -> new AnnouncementCue(a.at(), a.action())).toList();
    }
}
