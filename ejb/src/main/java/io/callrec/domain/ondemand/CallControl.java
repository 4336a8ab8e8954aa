package io.callrec.domain.ondemand;

import java.util.List;

/**
 * What the switch reports in the call record about recording control: the start/stop events it saw,
 * and whether it already played the announcements in-band (so they must not be mixed in again).
 */
public record CallControl(List<ControlEvent> controlEvents, boolean announcementPlayedInBand) {

    public CallControl {
        controlEvents = List.copyOf(controlEvents);
    }
}
