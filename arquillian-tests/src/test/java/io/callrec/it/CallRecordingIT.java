package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The first end-to-end path on the real EAR in a real WildFly: the switch posts a call, the
 * conversion runs through JMS, the audio is served. Each test makes its own call and checks only it.
 */
class CallRecordingIT extends DeployedEar {

    @Test
    void postedCallBecomesAvailableAsSampleExactWav() throws Exception {
        long id = post(callJson("it-customer"), Captures.twoLegCall());

        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue()).isEqualTo(3000);
        assertThat(recording.getBoolean("captureRetained")).isFalse();
        JsonObject xdr = recording.getJsonArray("xdrs").getJsonObject(0);
        assertThat(xdr.getString("playLink")).isEqualTo("/api/v1/recordings/" + id + "/audio");
        assertThat(recording.getJsonObject("statistics").getJsonArray("legs")).hasSize(2);

        HttpResponse<byte[]> audio = api().getAbsolute(xdr.getString("playLink"));
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(audio.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("recording-" + id + ".wav"));
        byte[] wav = audio.body();
        assertThat((long) wav.length).isEqualTo(recording.getJsonNumber("sizeBytes").longValue());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav)))
                .isEqualTo(recording.getString("sha256"));

        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(header.getShort(34)).as("bits").isEqualTo((short) 16);
        assertThat(new String(wav, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        int dataBytes = header.getInt(40);
        assertThat(dataBytes).isEqualTo(Captures.TOTAL_SAMPLES * 2);
        short[] samples = new short[Captures.TOTAL_SAMPLES];
        header.position(44);
        header.asShortBuffer().get(samples);
        assertThat(samples).isEqualTo(Captures.expectedMono());
    }

    @Test
    void audioCanBeFetchedByByteRangeForSeeking() throws Exception {
        long id = post(callJson("it-range"), Captures.twoLegCall());
        assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");
        byte[] whole = api().getBytes("recordings/" + id + "/audio", null).body();

        HttpResponse<byte[]> head = api().getBytes("recordings/" + id + "/audio", "bytes=0-43");
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 0-43/" + whole.length);
        assertThat(head.body()).isEqualTo(Arrays.copyOfRange(whole, 0, 44));

        HttpResponse<byte[]> tail = api().getBytes("recordings/" + id + "/audio", "bytes=1000-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, 1000, whole.length));

        HttpResponse<byte[]> outside = api().getBytes("recordings/" + id + "/audio", "bytes=" + whole.length + "-");
        assertThat(outside.statusCode()).isEqualTo(416);
        assertThat(outside.headers().firstValue("Content-Range")).hasValue("bytes */" + whole.length);
    }

    @Test
    void uploadThatIsNotACaptureIsRefusedAndNothingIsStored() {
        long before = total();
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        HttpResponse<String> refused = api().postCall(callJson("it-garbage"), garbage);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused.body()).getString("error")).contains("not a pcap or pcapng capture");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void missingCallFieldIsNamedInA400() {
        long before = total();
        String json = callJson("it-missing").replace("\"calledNumber\":\"14155550199\",", "");
        HttpResponse<String> refused = api().postCall(json, Captures.twoLegCall());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused.body()).getString("error")).isEqualTo("missing required field 'calledNumber'");
        HttpResponse<String> noCapture = api().postCall(callJson("it-missing"), null);
        assertThat(noCapture.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noCapture.body()).getString("error")).contains("'capture'");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void captureWithoutRtpEndsFailedWithTheReason() throws Exception {
        long id = post(callJson("it-no-rtp"), Captures.signallingOnly());
        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).isEqualTo("FAILED");
        assertThat(recording.getString("failureReason")).isEqualTo("no RTP streams found");
        assertThat(recording.getString("reasonCode")).isEqualTo("NO_RTP_STREAMS");
        assertThat(recording.getBoolean("captureRetained")).isTrue();
        assertThat(api().getBytes("recordings/" + id + "/audio", null).statusCode()).isEqualTo(409);
    }

    /**
     * Storage that cannot be written is a transient failure: the request is redelivered, then
     * dead-lettered, and the recording ends FAILED with the last error; the capture is kept.
     */
    @Test
    void conversionThatKeepsFailingEndsFailedAfterRedeliveriesAndKeepsTheCapture() throws Exception {
        String customer = "it-broken-" + UUID.randomUUID();
        Path storage = Path.of(System.getProperty("callrec.test.storage.dir"));
        Files.createDirectories(storage.resolve("recordings"));
        Files.writeString(storage.resolve("recordings").resolve(customer), "a file where a folder must go");

        long id = post(callJson(customer), Captures.twoLegCall());
        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).isEqualTo("FAILED");
        assertThat(recording.getString("failureReason")).startsWith("conversion failed after 4 attempts: ");
        assertThat(recording.getInt("attempts")).isEqualTo(4);
        assertThat(recording.getString("reasonCode")).isEqualTo("RETRIES_EXHAUSTED");
        assertThat(recording.getBoolean("captureRetained")).isTrue();

        // The operator repairs the storage and queues the recording again: it converts.
        Files.delete(storage.resolve("recordings").resolve(customer));
        assertThat(api().post("recordings/" + id + "/requeue").statusCode()).isEqualTo(202);
        JsonObject repaired = await(id, r -> r.getString("state").equals("AVAILABLE"));
        assertThat(repaired.getString("state")).isEqualTo("AVAILABLE");
        assertThat(repaired.getInt("requeues")).isEqualTo(1);
        assertThat(api().post("recordings/" + id + "/requeue").statusCode()).isEqualTo(409);
    }

    @Test
    void unknownRecordingIs404AndHealthIsUp() {
        HttpResponse<String> missing = api().get("recordings/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(missing.body()).getString("error")).isEqualTo("no recording with id 987654321");
        HttpResponse<String> health = api().get("health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health.body()).getString("status")).isEqualTo("UP");
    }

    private long total() {
        return ApiClient.json(api().get("recordings?limit=1").body()).getJsonNumber("total").longValue();
    }
}
