package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.G711Decoder;
import io.callrec.media.testkit.OnDemandCall;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * On-demand recording end to end: an account that may start and stop recording but records nothing
 * by itself; the capture's SIP INFO {@code Record: on|off} requests decide what reaches the audio.
 */
class OnDemandRecordingIT extends DeployedEar {

    private static final int WAV_HEADER = 44;

    /** An account of a fresh customer whose product allows manual start/stop and nothing else. */
    private String onDemandOnlyAccount() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String customer = "it-ondemand-" + suffix;
        assertThat(api().put("customers/" + customer, "{\"name\":\"On demand\"}").statusCode()).isEqualTo(201);
        assertThat(api().put("products/manual-" + suffix,
                "{\"name\":\"Manual only\",\"callRecording\":{\"allowManualStartStop\":true}}").statusCode())
                .isEqualTo(201);
        String account = "it-manual-" + suffix;
        assertThat(api().put("accounts/" + account, "{\"customer\":\"" + customer + "\",\"product\":\"manual-"
                + suffix + "\"}").statusCode()).isEqualTo(201);
        return customer + "/" + account;
    }

    private static String call(String customerAndAccount, Instant connect, Instant disconnect) {
        String[] ids = customerAndAccount.split("/");
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","accountNumber":"14155550100",
                 "customerId":"%s","callingNumber":"14155550100","calledNumber":"14155550199",
                 "direction":"outgoing","connectTime":"%s","disconnectTime":"%s"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), ids[1], ids[0], connect, disconnect);
    }

    private static byte[] capture(OnDemandCall call) {
        return Captures.written(call::write);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    @Test
    void sipInfoRecordOnAndOffKeepExactlyTheSecondBetweenThem() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        byte[] pcap = capture(new OnDemandCall(nanos(start), 3000).record(1000, true).record(2000, false));
        long id = post(call(onDemandOnlyAccount(), start.minusMillis(100), start.plusSeconds(3)), pcap);

        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue()).isEqualTo(1000);
        byte[] wav = api().getBytes("recordings/" + id + "/audio", null).body();
        assertThat(wav.length).isEqualTo(WAV_HEADER + 8000 * 2);
        assertThat(samples(wav)).isEqualTo(callerAudio(8000, 16000));
        assertThat(recording.getBoolean("captureRetained")).isFalse();

        List<JsonObject> audit = recording.getJsonArray("audit").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(a -> a.getString("action"), a -> a.getString("trigger"),
                a -> a.getBoolean("accepted"), a -> a.getString("at")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("start", "sip-info", true, start.plusSeconds(1).toString()),
                org.assertj.core.groups.Tuple.tuple("stop", "sip-info", true, start.plusSeconds(2).toString()));
        List<JsonObject> spans = recording.getJsonArray("spans").getValuesAs(JsonObject.class);
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.getString("start")).isEqualTo(start.plusSeconds(1).toString());
            assertThat(s.getString("end")).isEqualTo(start.plusSeconds(2).toString());
            assertThat(s.getString("startedBy")).isEqualTo("sip-info");
        });
    }

    /** An account of a fresh customer that may start and stop recording, with the announcements mixed in. */
    private String announcedAccount() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String customer = "it-announce-" + suffix;
        assertThat(api().put("customers/" + customer, "{\"name\":\"Announce\"}").statusCode()).isEqualTo(201);
        assertThat(api().put("products/announce-" + suffix, "{\"name\":\"Manual, announced\","
                + "\"callRecording\":{\"allowManualStartStop\":true,\"playAnnouncement\":true}}").statusCode())
                .isEqualTo(201);
        assertThat(api().put("accounts/acct-" + suffix, "{\"customer\":\"" + customer + "\",\"product\":\"announce-"
                + suffix + "\"}").statusCode()).isEqualTo(201);
        return customer + "/acct-" + suffix;
    }

    @Test
    void announcementsAreMixedInAtTheStartAndStopOfTheRecordedSpan() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        byte[] pcap = capture(new OnDemandCall(nanos(start), 4000).record(1000, true).record(3000, false));
        long id = post(call(announcedAccount(), start.minusMillis(100), start.plusSeconds(4)), pcap);

        assertPromptsAtTheSpanOneToThreeSeconds(id, start);
    }

    @Test
    void announcementCuesOfSwitchEventsTwoHoursAheadAreMixedInWhereTheSpanStartsAndStops() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant answer = start.minusMillis(20);
        Instant connect = answer.plus(Duration.ofHours(2));
        String json = call(announcedAccount(), connect, connect.plusSeconds(4)).replace("\"direction\"",
                "\"controlEvents\":[{\"at\":\"" + connect.plusMillis(1020) + "\",\"action\":\"start\"},"
                        + "{\"at\":\"" + connect.plusMillis(3020) + "\",\"action\":\"stop\"}],\"direction\"");
        long id = post(json, capture(new OnDemandCall(nanos(start), 4000)));

        JsonObject recording = assertPromptsAtTheSpanOneToThreeSeconds(id, start);
        assertThat(recording.getJsonObject("statistics").getJsonNumber("clockOffsetMillis").longValue())
                .isEqualTo(-7_200_000L);
    }

    /** The recording kept 1 s to 3 s of the capture, with "started" at its start and "stopped" at its end. */
    private JsonObject assertPromptsAtTheSpanOneToThreeSeconds(long id, Instant start) throws Exception {
        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonObject("recordingControl").getBoolean("mixAnnouncements")).isTrue();
        assertThat(recording.getJsonArray("announcementCues").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("prompt"), c -> c.getString("at")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("started", start.plusSeconds(1).toString()),
                        org.assertj.core.groups.Tuple.tuple("stopped", start.plusSeconds(3).toString()));
        short[] audio = samples(api().getBytes("recordings/" + id + "/audio", null).body());
        short[] caller = callerAudio(8000, 24000);
        assertThat(audio).hasSize(16000);
        short[] started = prompt("started");
        short[] stopped = prompt("stopped");
        assertThat(changedWhereAudible(audio, caller, started, 0)).isGreaterThan(0.9);
        assertThat(changedWhereAudible(audio, caller, stopped, audio.length - stopped.length)).isGreaterThan(0.9);
        return recording;
    }

    /** Of the prompt's audible samples placed at {@code offset}, the share where the audio is not the caller's alone. */
    private static double changedWhereAudible(short[] audio, short[] caller, short[] prompt, int offset) {
        int audible = 0;
        int changed = 0;
        for (int i = 0; i < prompt.length; i++) {
            int at = offset + i;
            if (at >= 0 && at < audio.length && Math.abs(prompt[i]) > 500) {
                audible++;
                changed += audio[at] != caller[at] ? 1 : 0;
            }
        }
        assertThat(audible).as("audible prompt samples").isGreaterThan(1000);
        return (double) changed / audible;
    }

    /** The prompt as the server serves it (µ-law, raw), decoded. */
    private short[] prompt(String name) {
        byte[] ulaw = api().getBytes("announcements/" + name + "?encoding=pcmu&container=raw", null).body();
        short[] pcm = new short[ulaw.length];
        G711Decoder.ulaw().decode(ulaw, 0, ulaw.length, pcm, 0);
        return pcm;
    }

    /** The caller's decoded audio from sample {@code from} to {@code to} of the call (the callee is silent). */
    static short[] callerAudio(int from, int to) {
        return Pcm.ulaw(from, to, OnDemandCall::callerByte);
    }

    private static short[] samples(byte[] wav) {
        return Pcm.wavSamples(wav);
    }

    @Test
    void callWhoseRecordingNeverStartsEndsSuppressedAndReleasesTheCapture() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        byte[] pcap = capture(new OnDemandCall(nanos(start), 2000).record(1500, false));
        long id = post(call(onDemandOnlyAccount(), start.minusMillis(100), start.plusSeconds(2)), pcap);

        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("SUPPRESSED");
        assertThat(recording.getString("reasonCode")).isEqualTo("NEVER_STARTED");
        assertThat(recording.getBoolean("captureRetained")).isFalse();
        assertThat(recording.getJsonArray("audit").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> {
                    assertThat(a.getString("trigger")).isEqualTo("sip-info");
                    assertThat(a.getBoolean("accepted")).isFalse();
                });
    }
}
