package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention and completeness on the real server. The test server runs its life-cycle timers every
 * 2 s (-Dcallrec.jobs.interval-seconds=2), so the purge here is the timer's, not a call of ours.
 */
class RecordingLifecycleIT extends DeployedEar {

    private static final Path STORAGE = Path.of(System.getProperty("callrec.test.storage.dir"));

    private static Path audioFile(String customer, Instant connect, long id) {
        ZonedDateTime day = connect.atZone(ZoneOffset.UTC);
        return STORAGE.resolve("recordings").resolve(customer).resolve(String.format("%04d", day.getYear()))
                .resolve(String.format("%02d", day.getMonthValue())).resolve(String.format("%02d", day.getDayOfMonth()))
                .resolve(id + ".wav");
    }

    @Test
    void timerPurgesExpiredRecordingsAndTheirXdrLinksSayExpired() throws Exception {
        String customer = "it-old-" + UUID.randomUUID();
        Instant connect = Instant.now().minus(Duration.ofDays(61));
        long id = post(callJson(customer, connect), Captures.twoLegCall());

        JsonObject expired = await(id, r -> r.containsKey("expiredAt"));
        assertThat(expired.getString("state")).isEqualTo("AVAILABLE");
        assertThat(expired).containsKey("expiredAt").doesNotContainKey("audioUrl");
        JsonObject xdr = expired.getJsonArray("xdrs").getJsonObject(0);
        assertThat(xdr.getString("playback")).isEqualTo("expired");
        assertThat(xdr).doesNotContainKey("playLink");
        assertThat(api().getBytes("recordings/" + id + "/audio", null).statusCode()).isEqualTo(410);
        assertThat(audioFile(customer, connect, id)).doesNotExist();
        assertThat(events(id)).contains("AVAILABLE");
    }

    @Test
    void customerRetentionKeepsOldRecordingsBeyondTheDefault() throws Exception {
        String customer = "it-long-" + UUID.randomUUID();
        HttpResponse<String> set = api().put("customers/" + customer + "/retention", "{\"days\": 365}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(set.body()).getString("source")).isEqualTo("customer");
        Instant connect = Instant.now().minus(Duration.ofDays(61));
        long id = post(callJson(customer, connect), Captures.twoLegCall());
        assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");

        // Run the purge until it has run on this instance at least once after the recording was made.
        Instant deadline = Instant.now().plusSeconds(60);
        while (!ApiClient.json(api().post("maintenance/retention-purge").body()).getBoolean("ran")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        JsonObject kept = recording(id);
        assertThat(kept).doesNotContainKey("expiredAt");
        assertThat(api().getBytes("recordings/" + id + "/audio", null).statusCode()).isEqualTo(200);
        assertThat(audioFile(customer, connect, id)).exists();

        JsonObject storage = ApiClient.json(api().get("customers/" + customer + "/storage").body());
        assertThat(storage.getJsonNumber("recordings").longValue()).isEqualTo(1);
        assertThat(storage.getJsonNumber("bytes").longValue()).isEqualTo(kept.getJsonNumber("sizeBytes").longValue());
    }

    @Test
    void retentionAcceptsThreeYearsAndRefusesOneDayMore() {
        String customer = "it-ret-" + UUID.randomUUID();
        JsonObject initial = ApiClient.json(api().get("customers/" + customer + "/retention").body());
        assertThat(initial.getInt("days")).isEqualTo(59);
        assertThat(initial.getString("source")).isEqualTo("default");

        assertThat(api().put("customers/" + customer + "/retention", "{\"days\": 1095}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api().put("customers/" + customer + "/retention", "{\"days\": 1096}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused.body()).getString("error"))
                .isEqualTo("retention must be between 1 and 1095 days (3 years), not 1096");
        assertThat(ApiClient.json(api().get("customers/" + customer + "/retention").body()).getInt("days")).isEqualTo(1095);

        assertThat(api().put("customers/" + customer + "/retention", "{\"days\": null}").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api().get("customers/" + customer + "/retention").body()).getString("source"))
                .isEqualTo("default");
    }

    @Test
    void failuresAreListedByStateAndRecordedAsEvents() throws Exception {
        long id = post(callJson("it-events"), Captures.signallingOnly());
        assertThat(awaitFinal(id).getString("state")).isEqualTo("FAILED");
        JsonObject failed = ApiClient.json(api().get("recordings?state=failed&limit=1000").body());
        assertThat(failed.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(id));
        assertThat(events(id)).contains("FAILED:NO_RTP_STREAMS");
        assertThat(api().post("recordings/987654321/requeue").statusCode()).isEqualTo(404);
        assertThat(api().get("recordings?state=LOST").statusCode()).isEqualTo(400);
    }

    private String events(long recordingId) {
        StringBuilder seen = new StringBuilder();
        long after = 0;
        while (true) {
            var items = ApiClient.json(api().get("recording-events?after=" + after + "&limit=1000").body())
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                return seen.toString();
            }
            for (JsonObject e : items) {
                after = e.getJsonNumber("id").longValue();
                if (e.getJsonNumber("recordingId").longValue() == recordingId) {
                    seen.append(e.getString("state"))
                            .append(e.containsKey("reasonCode") ? ":" + e.getString("reasonCode") : "").append(' ');
                }
            }
        }
    }

    @Test
    void callThatThePolicySaysNotToRecordEndsSuppressedWithoutConversion() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String customer = "it-policy-" + suffix;
        assertThat(api().put("customers/" + customer, "{\"name\":\"Policy\"}").statusCode()).isEqualTo(201);
        assertThat(api().put("products/out-only-" + suffix,
                "{\"name\":\"Outgoing only\",\"callRecording\":{\"autoRecordOutgoing\":true}}").statusCode()).isEqualTo(201);
        String account = "it-acct-" + suffix;
        assertThat(api().put("accounts/" + account, "{\"customer\":\"" + customer + "\",\"product\":\"out-only-"
                + suffix + "\"}").statusCode()).isEqualTo(201);

        Instant connect = Instant.now().minus(Duration.ofHours(1));
        long incoming = post(callJson(customer, connect, account, "incoming"), Captures.twoLegCall());
        JsonObject suppressed = recording(incoming);
        assertThat(suppressed.getString("state")).isEqualTo("SUPPRESSED");
        assertThat(suppressed.getString("reasonCode")).isEqualTo("NOT_RECORDED_BY_POLICY");
        assertThat(suppressed.getBoolean("captureRetained")).isFalse();
        assertThat(suppressed.getInt("attempts")).isZero();
        assertThat(events(incoming)).contains("SUPPRESSED:NOT_RECORDED_BY_POLICY");

        long outgoing = post(callJson(customer, connect, account, "outgoing"), Captures.twoLegCall());
        assertThat(awaitFinal(outgoing).getString("state")).isEqualTo("AVAILABLE");
    }
}
