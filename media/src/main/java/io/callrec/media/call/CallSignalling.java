package io.callrec.media.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls found in a capture's signalling (or a side file), in order of their first message,
 * with counters of SIP messages parsed, SIP-looking payloads that could not be parsed, and messages
 * cut short. Empty when the capture carries no SIP.
 */
public record CallSignalling(List<SipDialog> dialogs, long messages, long malformed, long truncated) {

    public static final CallSignalling NONE = new CallSignalling(List.of(), 0, 0, 0);

    public CallSignalling {
        dialogs = List.copyOf(dialogs);
    }

    public boolean isEmpty() {
        return dialogs.isEmpty();
    }

    public Optional<SipDialog> find(String callId) {
        return dialogs.stream().filter(d -> d.callId().equals(callId)).findFirst();
    }

    /** The same counters with {@code first} placed before the dialogs (a side file's call). */
    public CallSignalling withFirst(SipDialog first) {
        List<SipDialog> list = new ArrayList<>();
        list.add(first);
        dialogs.stream().filter(d -> !d.callId().equals(first.callId())).forEach(list::add);
        return new CallSignalling(list, messages, malformed, truncated);
    }
}
