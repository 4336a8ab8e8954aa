package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.bench.OnDemandCall;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            call.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
