package io.callrec.media.engine;

import io.callrec.media.call.SipInfoEvent;
import java.util.List;

/**
 * One call found in the capture's signalling (or side file). Times are capture times in ms since
 * the Unix epoch, -1 when not seen. {@code converted} marks the call the output was made from.
 * {@code infoEvents} are its SIP INFO requests (Record on/off, DTMF relay) in capture order.
 */
public record CallInfo(String callId, String caller, String callee, long firstMessageMillis, long answerMillis,
                       long byeMillis, boolean converted, List<SipInfoEvent> infoEvents) {

    public CallInfo {
        infoEvents = List.copyOf(infoEvents);
    }
}
