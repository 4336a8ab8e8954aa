package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.codec.G711Encoder;
import io.callrec.media.testkit.BrowserPlayback;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, compact WAV: a customer's {@code outputFormat} (PUT /customers/{id}) overrides the server's
 * {@code callrec.output.format} (wav here): its recordings are 8-bit G.711 WAV (format tag 7 for
 * wav-ulaw, 6 for wav-alaw), half the size of 16-bit PCM, served as audio/wav and played whole by a
 * browser (headless Chromium, skipped with a message when absent); a customer without one inherits
 * the server's. A bad value is a 400 naming the field.
 */
class CustomerOutputFormatIT extends DeployedEar {

    @TempDir
    Path work;

    private String customer(String outputFormat) {
        String id = "it-format-" + UUID.randomUUID().toString().substring(0, 8);
        String field = outputFormat == null ? "" : ",\"outputFormat\":\"" + outputFormat + "\"";
        HttpResponse<String> created = api().put("customers/" + id, "{\"name\":\"Compact\"" + field + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    @Test
    void aCustomerOnWavUlawGetsAnEightBitG711WavThatPlays() throws Exception {
        String customer = customer("wav-ulaw");
        JsonObject shown = ApiClient.json(api().get("customers/" + customer).body());
        assertThat(shown.getString("outputFormat")).isEqualTo("wav-ulaw");
        assertThat(shown.getString("effectiveOutputFormat")).isEqualTo("wav-ulaw");

        long id = post(callJson(customer), Captures.twoLegCall());
        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getString("format")).isEqualTo("wav-ulaw");
        String link = recording.getJsonArray("xdrs").getJsonObject(0).getString("playLink");
        HttpResponse<byte[]> audio = api().getAbsolute(link);

        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(audio.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("recording-" + id + ".wav\""));
        byte[] wav = audio.body();
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(header.getShort(20)).as("format tag: µ-law").isEqualTo((short) 7);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("rate").isEqualTo(8000);
        assertThat(header.getInt(28)).as("bytes per second").isEqualTo(8000);
        assertThat(header.getShort(34)).as("bits").isEqualTo((short) 8);
        assertThat(new String(wav, 38, 4, StandardCharsets.US_ASCII)).isEqualTo("fact");
        assertThat(header.getInt(46)).as("fact: samples").isEqualTo(Captures.TOTAL_SAMPLES);
        assertThat(new String(wav, 50, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        assertThat(header.getInt(54)).as("one byte per sample").isEqualTo(Captures.TOTAL_SAMPLES);
        assertThat(wav).hasSize(58 + Captures.TOTAL_SAMPLES);
        assertThat((long) wav.length).isEqualTo(recording.getJsonNumber("sizeBytes").longValue());
        short[] mix = Captures.expectedMono();
        byte[] expected = new byte[mix.length];
        for (int i = 0; i < mix.length; i++) {
            expected[i] = G711Encoder.ulaw(mix[i]);
        }
        assertThat(Arrays.copyOfRange(wav, 58, wav.length)).as("the mix, µ-law coded").isEqualTo(expected);

        Path browser = BrowserPlayback.chromium();
        if (browser == null) {
            System.out.println("no chromium installed: playback of the G.711 WAV not checked in a browser");
            return;
        }
        // A browser has no credentials: it is given the signed play URL, as an <audio src> would be.
        String signed = recording.getJsonArray("xdrs").getJsonObject(0).getString("playUrl");
        Map<Object, Double> played = BrowserPlayback.durations(browser, List.of(api().url(signed)), work);
        assertThat(played.get(api().url(signed))).as("seconds played").isCloseTo(3.0, within(0.05));
    }

    @Test
    void aCustomerOnWavAlawGetsFormatTagSixAndOneWithoutAFormatInheritsTheServers() throws Exception {
        String alaw = customer("WAV_ALAW");
        String inheriting = customer(null);
        JsonObject shown = ApiClient.json(api().get("customers/" + inheriting).body());
        assertThat(shown.isNull("outputFormat")).isTrue();
        assertThat(shown.getString("effectiveOutputFormat")).isEqualTo("wav");

        long a = post(callJson(alaw), Captures.twoLegCall());
        long inherited = post(callJson(inheriting), Captures.twoLegCall());
        JsonObject aRecording = awaitFinal(a);
        JsonObject inheritedRecording = awaitFinal(inherited);

        assertThat(aRecording.getString("format")).isEqualTo("wav-alaw");
        byte[] aWav = api().getBytes("recordings/" + a + "/audio", null).body();
        assertThat(ByteBuffer.wrap(aWav).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).as("format tag: A-law")
                .isEqualTo((short) 6);
        assertThat(inheritedRecording.getString("format")).isEqualTo("wav");
        byte[] pcm = api().getBytes("recordings/" + inherited + "/audio", null).body();
        assertThat(ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(aWav.length - 58).as("half the bytes of 16-bit PCM").isEqualTo((pcm.length - 44) / 2);
    }

    @Test
    void aFormatIsValidatedAndCanBeTakenBack() {
        String customer = customer("wav-ulaw");

        HttpResponse<String> bad = api().put("customers/" + customer, "{\"name\":\"Compact\",\"outputFormat\":\"ogg\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(bad.body()).getString("error"))
                .isEqualTo("field 'outputFormat' must be one of wav, wav-alaw, wav-ulaw, mp3, not 'ogg'");
        assertThat(ApiClient.json(api().get("customers/" + customer).body()).getString("outputFormat"))
                .as("unchanged by the refused request").isEqualTo("wav-ulaw");

        assertThat(api().put("customers/" + customer, "{\"name\":\"Compact\",\"outputFormat\":null}").statusCode())
                .isEqualTo(200);
        JsonObject shown = ApiClient.json(api().get("customers/" + customer).body());
        assertThat(shown.isNull("outputFormat")).isTrue();
        assertThat(shown.getString("effectiveOutputFormat")).isEqualTo("wav");
    }
}
