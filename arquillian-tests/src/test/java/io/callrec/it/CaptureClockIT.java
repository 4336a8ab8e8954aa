package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.OnDemandCall;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 end to end: an on-demand account's 20-second two-leg call whose switch asked to record from
 * connect + 5 s to connect + 10 s. The xDR and its control events are timed by the switch's clock, the
 * capture by the media host's; the server lines them up at the call's connect (the 200 OK of the
 * INVITE, or without SIP the first RTP packet), so the recording holds exactly those 5 s of the capture,
 * sample for sample, whatever the switch's clock said; and when nothing in the capture marks the
 * connect, spans that fall outside it never give a good-looking empty file.
 */
class CaptureClockIT extends DeployedEar {

    private static final int RATE = 8000;
    private static final long TOLERANCE_MILLIS = 3000;
    /** The capture's 200 OK comes this long before its first RTP packet. */
    private static final int ANSWER_LEAD_MILLIS = 300;

    /** The capture's first RTP packet: two days ago (so that a switch clock a day ahead is still in the past). */
    private final Instant firstPacket = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS)
            .plusMillis(480);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String customer = "it-clock-" + suffix;

    @BeforeEach
    void customer() {
        assertThat(api().put("customers/" + customer, "{\"name\":\"Clocks\"}").statusCode()).isEqualTo(201);
    }

    private String account(String name, String callRecording) {
        return accountOnOwnProduct(customer, name + "-" + suffix, callRecording);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /** One posted case: the capture's connect (its anchor) and how far the switch's clock was behind it. */
    private record Case(String name, boolean sip, Duration xdrBehind, long id) {
    }

    /** The account's call: xDR from {@code connect} for 20 s, the switch's start at +5 s and stop at +10 s. */
    private String call(String account, Instant connect) {
        return call(account, connect, """
                {"at":"%s","action":"start","source":"*44"},{"at":"%s","action":"stop","source":"*45"}"""
                .formatted(connect.plusSeconds(5), connect.plusSeconds(10)));
    }

    private String call(String account, Instant connect, String controlEvents) {
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"%s",
                 "callingNumber":"100","calledNumber":"200","direction":"outgoing",
                 "connectTime":"%s","disconnectTime":"%s","controlEvents":[%s]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), account, customer, connect, connect.plusSeconds(20),
                controlEvents);
    }

    private byte[] capture(boolean sip) {
        OnDemandCall call = new OnDemandCall(nanos(firstPacket), 20_000);
        return Captures.written((sip ? call.answeredBeforeMedia(ANSWER_LEAD_MILLIS) : call.withoutSip())::write);
    }

    /** The capture's own time of the connect: its 200 OK, or its first packet. */
    private Instant captureConnect(boolean sip) {
        return sip ? firstPacket.minusMillis(ANSWER_LEAD_MILLIS) : firstPacket;
    }

    private Case post(String account, String name, boolean sip, Duration xdrBehind) {
        return new Case(name, sip, xdrBehind, post(call(account, captureConnect(sip).minus(xdrBehind)), capture(sip)));
    }

    @Test
    void onDemandSpanHoldsTheFiveSecondsAskedForWhateverTheSwitchClockSaid() throws Exception {
        String account = account("manual", "{\"allowManualStartStop\":true}");
        List<Case> cases = new ArrayList<>();
        for (boolean sip : new boolean[] {true, false}) {
            String capture = sip ? "with SIP" : "RTP only";
            cases.add(post(account, "same clock, " + capture, sip, Duration.ZERO));
            cases.add(post(account, "switch 3 s ahead, " + capture, sip, Duration.ofSeconds(-3)));
            cases.add(post(account, "switch 3 s behind, " + capture, sip, Duration.ofSeconds(3)));
            cases.add(post(account, "switch in another time zone, " + capture, sip, Duration.ofHours(2)));
            cases.add(post(account, "switch a day ahead, " + capture, sip, Duration.ofDays(-1)));
        }
        // The issue's own case: the xDR said 09:00:00 on the day before the capture's 11:48:42.
        Instant nineOClock = firstPacket.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
        cases.add(post(account, "the issue's xDR at 09:00:00 the day before", true,
                Duration.between(nineOClock, captureConnect(true))));
        Random random = new Random(18);
        for (int i = 0; i < 4; i++) {
            // Whole microseconds: the database keeps the xDR's times to the microsecond.
            long nanos = (random.nextLong() % (2 * 86_400_000_000L)) * 1000;
            cases.add(post(account, "seeded random offset " + nanos + " ns", random.nextBoolean(), Duration.ofNanos(nanos)));
        }

        for (Case c : cases) {
            assertFiveSecondsKept(c);
        }
    }

    private void assertFiveSecondsKept(Case c) throws Exception {
        JsonObject recording = awaitFinal(c.id());
        String as = c.name() + ": " + recording;
        assertThat(recording.getString("state")).as(as).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue()).as(as).isEqualTo(5000);
        Instant start = captureConnect(c.sip()).plusSeconds(5);
        long from = Duration.between(firstPacket, start).toMillis() * RATE / 1000;
        short[] samples = Pcm.wavSamples(api().getBytes("recordings/" + c.id() + "/audio", null).body());
        assertThat(samples).as(c.name()).isEqualTo(OnDemandRecordingIT.callerAudio((int) from, (int) from + 5 * RATE));

        JsonObject statistics = recording.getJsonObject("statistics");
        assertThat(statistics.getString("clockAnchor")).as(as).isEqualTo(c.sip() ? "sip-answer" : "first-media");
        assertThat(statistics.getJsonNumber("clockAnchorMillis").longValue()).as(as)
                .isEqualTo(captureConnect(c.sip()).toEpochMilli());
        assertThat(statistics.getJsonNumber("clockOffsetMillis").longValue()).as(as)
                .as("whole milliseconds, towards zero").isEqualTo(c.xdrBehind().toMillis());
        assertThat(recording.getJsonArray("spans").getValuesAs(JsonObject.class)).as(as).singleElement()
                .satisfies(s -> {
                    assertThat(s.getString("start")).isEqualTo(start.toString());
                    assertThat(s.getString("end")).isEqualTo(start.plusSeconds(5).toString());
                    assertThat(s.getString("startedBy")).isEqualTo("switch");
                });
        List<JsonObject> audit = recording.getJsonArray("audit").getValuesAs(JsonObject.class);
        boolean reported = c.xdrBehind().abs().toMillis() > TOLERANCE_MILLIS;
        assertThat(audit).as(as).extracting(a -> a.getString("trigger"))
                .containsExactlyElementsOf(reported ? List.of("clock", "switch", "switch") : List.of("switch", "switch"));
        assertThat(audit.get(audit.size() - 2).getString("at")).as(as).isEqualTo(start.toString());
        if (reported) {
            assertThat(audit.get(0).getString("action")).isEqualTo("align");
            assertThat(audit.get(0).getBoolean("accepted")).isTrue();
            assertThat(audit.get(0).getString("at")).isEqualTo(captureConnect(c.sip()).toString());
            assertThat(audit.get(0).getString("reason")).as(as)
                    .contains(c.xdrBehind().isNegative() ? "ahead of the capture's" : "behind the capture's")
                    .contains("more than the 3.000 s tolerance");
        }
    }

    @Test
    void sipInfoFoundInTheCaptureStaysWhereTheCaptureHasItWhateverTheSwitchClock() throws Exception {
        String account = account("manual-info", "{\"allowManualStartStop\":true}");
        Instant xdrConnect = captureConnect(true).minus(Duration.ofHours(5));
        byte[] pcap = Captures.written(new OnDemandCall(nanos(firstPacket), 20_000).answeredBeforeMedia(ANSWER_LEAD_MILLIS)
                .record(1000, true).record(2000, false)::write);
        long id = post(call(account, xdrConnect, ""), pcap);

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(Pcm.wavSamples(api().getBytes("recordings/" + id + "/audio", null).body()))
                .isEqualTo(OnDemandRecordingIT.callerAudio(RATE, 2 * RATE));
        assertThat(recording.getJsonArray("audit").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("trigger"), a -> a.getString("at")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("clock", captureConnect(true).toString()),
                        org.assertj.core.groups.Tuple.tuple("sip-info", firstPacket.plusSeconds(1).toString()),
                        org.assertj.core.groups.Tuple.tuple("sip-info", firstPacket.plusSeconds(2).toString()));
    }

    @Test
    void withoutAnAnchorSpansThatFallOutsideTheCaptureFailAndKeepTheCapture() throws Exception {
        String account = account("manual-none", "{\"allowManualStartStop\":true}");
        Instant nineOClock = firstPacket.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
        long id = post(call(account, nineOClock), setupNotCaptured());

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("FAILED");
        assertThat(recording.getString("reasonCode")).isEqualTo("SPANS_OUTSIDE_CAPTURE");
        assertThat(recording.getString("failureReason"))
                .startsWith("5000 ms of the 5000 ms recorded span " + nineOClock.plusSeconds(5) + " to "
                        + nineOClock.plusSeconds(10) + " lie outside the captured call (" + firstPacket + " to ")
                .contains("the capture has no anchor for the xDR's clock");
        assertThat(recording.getBoolean("captureRetained")).as("a FAILED recording keeps its capture").isTrue();
        assertThat(recording.containsKey("audioUrl")).isFalse();
        assertThat(recording.getJsonArray("xdrs").getJsonObject(0).containsKey("playLink")).isFalse();
        JsonObject clock = recording.getJsonArray("audit").getValuesAs(JsonObject.class).get(0);
        assertThat(clock.getString("trigger")).isEqualTo("clock");
        assertThat(clock.getBoolean("accepted")).isFalse();
    }

    @Test
    void withoutAnAnchorSpansPartlyOutsideTheCaptureArePartialWithWhatIsMissing() throws Exception {
        String account = account("manual-part", "{\"allowManualStartStop\":true}");
        // Taken as it is, the switch's span runs from 17 s to 22 s of a capture that ends at 20 s.
        long id = post(call(account, firstPacket.plusSeconds(12)), setupNotCaptured());

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("PARTIAL");
        assertThat(recording.getString("reasonCode")).isEqualTo("SPANS_OUTSIDE_CAPTURE");
        assertThat(recording.getString("failureReason")).startsWith("1999 ms of the 5000 ms recorded span")
                .contains("the capture has no anchor");
        assertThat(recording.getJsonObject("statistics").getString("clockAnchor")).isEqualTo("none");
        assertThat(recording.getJsonObject("statistics").containsKey("clockOffsetMillis")).isFalse();
        short[] samples = Pcm.wavSamples(api().getBytes("recordings/" + id + "/audio", null).body());
        // The caller's last 3 s, then the 1 ms by which the callee's leg outlasts it (silence).
        short[] expected = java.util.Arrays.copyOf(OnDemandRecordingIT.callerAudio(17 * RATE, 20 * RATE), 3 * RATE + 8);
        assertThat(samples).isEqualTo(expected);
    }

    /** The call's RTP and an in-dialog SIP INFO, but the INVITE and its 200 OK were before the capture began. */
    private byte[] setupNotCaptured() {
        return Captures.written(new OnDemandCall(nanos(firstPacket), 20_000).setupNotCaptured()
                .dtmfRelay(1000, '5', true)::write);
    }

    @Test
    void earlyMediaBeforeAnUncapturedAnswerDoesNotMoveTheSpanByTheRingingTime() throws Exception {
        String account = account("manual-early", "{\"allowManualStartStop\":true}");
        // 10 s of ringback, then the 20-second call the xDR describes; the capture holds RTP only.
        Instant connect = firstPacket.plusSeconds(10);
        byte[] pcap = Captures.written(new OnDemandCall(nanos(firstPacket), 30_000).withoutSip()::write);
        long id = post(call(account, connect), pcap);

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue()).isEqualTo(5000);
        JsonObject statistics = recording.getJsonObject("statistics");
        assertThat(statistics.getString("clockAnchor")).isEqualTo("last-media");
        assertThat(Math.abs(statistics.getJsonNumber("clockOffsetMillis").longValue())).as("the clocks agree")
                .isLessThanOrEqualTo(20);
        Instant start = Instant.parse(recording.getJsonArray("spans").getJsonObject(0).getString("start"));
        assertThat(Duration.between(connect.plusSeconds(5), start).abs().toMillis())
                .as("the span starts 5 s after the answer, not 5 s after the first ringback packet").isLessThanOrEqualTo(20);
        int from = (int) (Duration.between(firstPacket, start).toNanos() * RATE / 1_000_000_000L);
        assertThat(Pcm.wavSamples(api().getBytes("recordings/" + id + "/audio", null).body()))
                .isEqualTo(OnDemandRecordingIT.callerAudio(from, from + 5 * RATE));
    }

    @Test
    void callRecordedFromTheStartIsConvertedWholeAndTheSwitchClockIsReported() throws Exception {
        String account = account("auto", "{\"autoRecordOutgoing\":true}");
        Instant connect = captureConnect(false).plus(Duration.ofDays(1));
        long id = post(call(account, connect, ""), capture(false));

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue()).isEqualTo(20_001);
        assertThat(recording.getJsonObject("statistics").getJsonNumber("clockOffsetMillis").longValue())
                .isEqualTo(-86_400_000L);
        assertThat(recording.getJsonArray("audit").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("trigger"), a -> a.getString("at"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clock", firstPacket.toString()),
                        org.assertj.core.groups.Tuple.tuple("auto", firstPacket.toString()));
    }
}
