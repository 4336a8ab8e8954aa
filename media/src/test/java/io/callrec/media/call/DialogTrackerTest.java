package io.callrec.media.call;

import static io.callrec.media.testkit.SipMessageBuilder.audioSdp;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.sdp.MediaDescription;
import io.callrec.media.sip.SipParser;
import io.callrec.media.testkit.SipMessageBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogTrackerTest {

    private static final String ALICE = "sip:alice@a.example";
    private static final String BOB = "sip:bob@b.example";
    private static final String ALICE_SDP = audioSdp("10.0.0.1", 20000, "8 101", "a=rtpmap:101 telephone-event/8000");
    private static final String BOB_SDP = audioSdp("10.0.0.2", 30000, "8 96", "a=rtpmap:96 telephone-event/8000",
            "a=ptime:30");

    private final DialogTracker tracker = new DialogTracker();

    private void feed(long millis, SipMessageBuilder b) {
        byte[] m = b.build();
        tracker.accept(SipParser.parse(m, 0, m.length), millis * 1_000_000L);
    }

    /** A request from Alice (the caller) or, with {@code fromBob}, from Bob inside the dialog. */
    private static SipMessageBuilder request(String method, String callId, long cseq, boolean fromBob) {
        SipMessageBuilder b = SipMessageBuilder.request(method, fromBob ? ALICE : BOB);
        return fromBob ? b.dialog(callId, BOB, "tagB", ALICE, "tagA", cseq, method)
                : b.dialog(callId, ALICE, "tagA", BOB, method.equals("INVITE") && cseq == 1 ? null : "tagB", cseq, method);
    }

    private static SipMessageBuilder response(int status, String callId, long cseq, String method, boolean toBob) {
        SipMessageBuilder b = SipMessageBuilder.response(status, status == 200 ? "OK" : "Other");
        return toBob ? b.dialog(callId, BOB, "tagB", ALICE, "tagA", cseq, method)
                : b.dialog(callId, ALICE, "tagA", BOB, "tagB", cseq, method);
    }

    private SipDialog only() {
        List<SipDialog> dialogs = tracker.result(0, 0, 0).dialogs();
        assertThat(dialogs).hasSize(1);
        return dialogs.get(0);
    }

    @Test
    void initialInviteNamesCallerAndCalleeAndEachSidesSdp() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(50, response(180, "c1", 1, "INVITE", false));
        feed(100, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        feed(110, request("ACK", "c1", 1, false));
        feed(9000, request("BYE", "c1", 2, true));
        SipDialog d = only();
        assertThat(d.callerUri()).isEqualTo(ALICE);
        assertThat(d.calleeUri()).isEqualTo(BOB);
        assertThat(d.initialInviteSeen()).isTrue();
        assertThat(d.answerNanos()).isEqualTo(100_000_000L);
        assertThat(d.byeNanos()).isEqualTo(9_000_000_000L);
        assertThat(d.latest(Role.CALLER).audio().get(0).endpoint()).isEqualTo("10.0.0.1:20000");
        MediaDescription bob = d.latest(Role.CALLEE).audio().get(0);
        assertThat(bob.endpoint()).isEqualTo("10.0.0.2:30000");
        assertThat(bob.telephoneEventType()).isEqualTo(96);
        assertThat(bob.ptime()).isEqualTo(30);
        assertThat(d.updates()).extracting(MediaUpdate::carrier).containsExactly("INVITE", "200 INVITE");
    }

    @Test
    void lateOfferTakesTheOkSdpAsCalleesAndTheAckSdpAsCallers() {
        feed(0, request("INVITE", "c1", 1, false));
        feed(100, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        feed(120, request("ACK", "c1", 1, false).body("application/sdp", ALICE_SDP));
        SipDialog d = only();
        assertThat(d.updates()).extracting(MediaUpdate::side, MediaUpdate::carrier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.CALLEE, "200 INVITE"),
                        org.assertj.core.groups.Tuple.tuple(Role.CALLER, "ACK"));
        assertThat(d.latest(Role.CALLER).audio().get(0).port()).isEqualTo(20000);
    }

    @Test
    void reInviteFromCalleeMovesCalleeMediaAndKeepsItsTime() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(100, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        String held = audioSdp("10.0.0.2", 31000, "0", "a=sendonly");
        feed(5000, request("INVITE", "c1", 7, true).body("application/sdp", held));
        feed(5050, response(200, "c1", 7, "INVITE", true).body("application/sdp", ALICE_SDP));
        SipDialog d = only();
        assertThat(d.audio(Role.CALLEE)).extracting(MediaDescription::port).containsExactly(30000, 31000);
        MediaUpdate latest = d.latest(Role.CALLEE);
        assertThat(latest.captureNanos()).isEqualTo(5_000_000_000L);
        assertThat(latest.audio().get(0).payloadTypes()).containsOnlyKeys(0);
        assertThat(d.audio(Role.CALLER)).hasSize(1);
    }

    @Test
    void retransmittedSdpIsRecordedOnce() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(500, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(600, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        feed(1100, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        assertThat(only().updates()).hasSize(2);
    }

    @Test
    void infoRecordHeaderAndDtmfRelayBodiesBecomeTimedEvents() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(1000, request("INFO", "c1", 2, false).header("Record", "on"));
        feed(1200, request("INFO", "c1", 2, false).header("Record", "on"));
        feed(2000, request("INFO", "c1", 3, true).body("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"));
        feed(2500, request("INFO", "c1", 4, true).body("application/dtmf-relay", "signal= #\r\n"));
        feed(3000, request("INFO", "c1", 5, false).header("RECORD", "OFF"));
        feed(3500, request("INFO", "c1", 6, false).body("application/dtmf", "7"));
        feed(4000, request("INFO", "c1", 7, false).header("Record", "maybe"));
        assertThat(only().infoEvents()).containsExactly(
                new SipInfoEvent(1_000_000_000L, Role.CALLER, SipInfoEvent.Kind.RECORD, "on", 0),
                new SipInfoEvent(2_000_000_000L, Role.CALLEE, SipInfoEvent.Kind.DTMF, "5", 160),
                new SipInfoEvent(2_500_000_000L, Role.CALLEE, SipInfoEvent.Kind.DTMF, "#", 0),
                new SipInfoEvent(3_000_000_000L, Role.CALLER, SipInfoEvent.Kind.RECORD, "off", 0),
                new SipInfoEvent(3_500_000_000L, Role.CALLER, SipInfoEvent.Kind.DTMF, "7", 0));
    }

    @Test
    void callsWithDifferentCallIdsAreSeparateDialogsAndRegistrationsAreNotCalls() {
        feed(0, SipMessageBuilder.request("REGISTER", "sip:reg").dialog("r1", ALICE, "x", ALICE, null, 1, "REGISTER"));
        feed(10, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(20, request("INVITE", "c2", 1, false).body("application/sdp", BOB_SDP));
        List<SipDialog> dialogs = tracker.result(3, 0, 0).dialogs();
        assertThat(dialogs).extracting(SipDialog::callId).containsExactly("c1", "c2");
    }

    @Test
    void responsesFirstStillNameTheCallerFromTheirFromHeader() {
        feed(0, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        SipDialog d = only();
        assertThat(d.initialInviteSeen()).isFalse();
        assertThat(d.callerUri()).isEqualTo(ALICE);
        assertThat(d.latest(Role.CALLEE)).isNotNull();
    }

    @Test
    void rejectedCallKeepsItsFinalStatus() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(10, response(603, "c1", 1, "INVITE", false));
        assertThat(only().failureStatus()).isEqualTo(603);
        assertThat(only().answerNanos()).isEqualTo(-1);
    }
    @Test
    void okOfAReInviteIsNoAnswerWhenTheInitialInvitesOkWasNotCaptured() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(5000, request("INVITE", "c1", 2, false).body("application/sdp", ALICE_SDP));
        feed(5050, response(200, "c1", 2, "INVITE", false).body("application/sdp", BOB_SDP));
        feed(6000, request("INVITE", "c1", 9, true).body("application/sdp", BOB_SDP));
        feed(6050, response(200, "c1", 9, "INVITE", true).body("application/sdp", ALICE_SDP));
        assertThat(only().answerNanos()).isEqualTo(-1);
    }

    @Test
    void answerIsTheFirstOkOfTheInitialInviteNotOfItsRetransmissionsOrLaterReInvites() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(100, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        feed(600, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        feed(5000, request("INVITE", "c1", 2, false).body("application/sdp", ALICE_SDP));
        feed(5050, response(200, "c1", 2, "INVITE", false).body("application/sdp", BOB_SDP));
        assertThat(only().answerNanos()).isEqualTo(100_000_000L);
    }

    @Test
    void inviteRetriedAfterAnAuthenticationChallengeIsAnsweredUnderItsNewCseq() {
        feed(0, request("INVITE", "c1", 1, false).body("application/sdp", ALICE_SDP));
        feed(50, response(401, "c1", 1, "INVITE", false));
        feed(60, SipMessageBuilder.request("INVITE", BOB).dialog("c1", ALICE, "tagA", BOB, null, 2, "INVITE")
                .body("application/sdp", ALICE_SDP));
        feed(70, response(200, "c1", 1, "INVITE", false));
        feed(900, response(200, "c1", 2, "INVITE", false).body("application/sdp", BOB_SDP));
        assertThat(only().answerNanos()).as("a stray 200 for the challenged CSeq 1 is not the answer")
                .isEqualTo(900_000_000L);
    }

    @Test
    void okOfAnInviteWhoseRequestWasNotCapturedAnswersTheCall() {
        feed(0, response(100, "c1", 1, "INVITE", false));
        feed(5, response(200, "c1", 1, "INVITE", false).body("application/sdp", BOB_SDP));
        SipDialog d = only();
        assertThat(d.initialInviteSeen()).isFalse();
        assertThat(d.answerNanos()).isEqualTo(5_000_000L);
    }
}
