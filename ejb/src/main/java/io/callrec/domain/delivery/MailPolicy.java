package io.callrec.domain.delivery;

import io.callrec.domain.recording.RecordingState;

/**
 * Whether a finished recording is mailed to one of its accounts, as the product describes: all of
 * RecordsDelivery.Enabled, the customer's class "New call recording is available", the account's
 * effective "send the call recording via email" and an e-mail address of the account, for a
 * recording that has audio (AVAILABLE or PARTIAL). Every entitled account of a recording is decided on
 * its own (an internal call between two accounts, a transfer's parties each get their own mail), and its
 * mail goes to that account's own address only; "show the call recording to myself only" does not stop
 * it, since the account is entitled to the recording.
 */
public final class MailPolicy {

    /** What the decision looks at, detached from JPA. */
    public record Inputs(boolean recordsDeliveryEnabled, boolean customerClassNotifies, boolean sendViaEmail,
                         String email, RecordingState state) {
    }

    /** Send or not, and why not. */
    public record Decision(boolean send, String reason) {
        static Decision no(String reason) {
            return new Decision(false, reason);
        }
    }

    private MailPolicy() {
    }

    public static Decision decide(Inputs in) {
        if (!in.recordsDeliveryEnabled()) {
            return Decision.no("RecordsDelivery.Enabled is off");
        }
        if (!in.customerClassNotifies()) {
            return Decision.no("the customer's class does not have \"New call recording is available\"");
        }
        if (!in.sendViaEmail()) {
            return Decision.no("the account does not have \"send the call recording via email\"");
        }
        if (in.email() == null || in.email().isBlank()) {
            return Decision.no("the account has no e-mail address");
        }
        if (in.state() == null || !in.state().hasAudio()) {
            return Decision.no("the recording is " + in.state() + ", not AVAILABLE or PARTIAL");
        }
        return new Decision(true, null);
    }
}
