package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.OnDemandCall;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One call, the xDRs of several accounts: each account's own policy for its direction decides whether it
 * is entitled to the recording; entitled xDRs get the "Play" link, the others keep the reason, and the
 * audio holds the union of the entitled accounts' spans.
 */
class SharedRecordingIT extends DeployedEar {

    private static final int WAV_HEADER = 44;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String customer = "it-shared-" + suffix;

    @BeforeEach
    void customer() {
        assertThat(api().put("customers/" + customer, "{\"name\":\"Shared\"}").statusCode()).isEqualTo(201);
    }

    /** An account of this test's customer with a product of the given call recording options. */
    private String account(String name, String options) {
        return accountOnOwnProduct(customer, name + "-" + suffix, options);
    }

    /** A call from {@code caller} to {@code callee}, both accounts here: the caller's xDR, the callee's under xdrs. */
    private String internalCall(String caller, String callee, Instant connect, Instant disconnect) {
        return internalCall(UUID.randomUUID().toString(), caller, callee, connect, disconnect);
    }

    private String internalCall(String h323ConfId, String caller, String callee, Instant connect, Instant disconnect) {
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"%s",
                 "callingNumber":"100","calledNumber":"200","direction":"outgoing",
                 "connectTime":"%s","disconnectTime":"%s",
                 "xdrs":[{"accountId":"%s","customerId":"%s","direction":"incoming"}]}
                """.formatted(UUID.randomUUID(), h323ConfId, caller, customer, connect, disconnect, callee, customer);
    }

    private static byte[] capture(OnDemandCall call) {
        return Captures.written(call::write);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static JsonObject xdrOf(JsonObject recording, String account) {
        return recording.getJsonArray("xdrs").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("accountId").equals(account)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheAccountWhosePolicyRecordsGetsThePlayLink() throws Exception {
        String caller = account("auto-out", "{\"autoRecordOutgoing\":true}");
        String callee = account("no-rec", "{}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = api().postCall(internalCall(caller, callee, start.minusMillis(100),
                start.plusSeconds(2)), capture(new OnDemandCall(nanos(start), 2000)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject body = ApiClient.json(created.body());
        assertThat(body.getJsonArray("xdrIds")).hasSize(2);

        JsonObject recording = awaitFinal(body.getJsonNumber("recordingId").longValue());

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue())
                .as("the whole call: both legs, the callee's a few samples behind").isBetween(2000L, 2010L);
        JsonObject callerXdr = xdrOf(recording, caller);
        assertThat(callerXdr.getBoolean("entitled")).isTrue();
        assertThat(callerXdr.getString("playback")).isEqualTo("available");
        assertThat(callerXdr.getJsonNumber("id").longValue()).isEqualTo(body.getJsonNumber("xdrId").longValue());
        JsonObject calleeXdr = xdrOf(recording, callee);
        assertThat(calleeXdr.getBoolean("entitled")).isFalse();
        assertThat(calleeXdr.getString("playback")).isEqualTo("none");
        assertThat(calleeXdr.containsKey("playLink")).isFalse();
        assertThat(calleeXdr.getString("recordingNote")).contains("policy of account " + callee + " for a incoming call")
                .contains("do not record");
        assertThat(recording.getJsonArray("accounts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("accountId")).containsExactly(caller);
    }

    @Test
    void accountsThatRecordedDifferentPartsGetARecordingEachFromTheOneCapture() throws Exception {
        String caller = account("manual", "{\"allowManualStartStop\":true}");
        String callee = account("auto-in", "{\"autoRecordIncoming\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String call = UUID.randomUUID().toString();
        byte[] pcap = capture(new OnDemandCall(nanos(start), 3000).record(1000, true).record(2000, false));
        java.util.Set<Path> spooledBefore = spooled();
        long id = post(internalCall(call, caller, callee, start.minusMillis(100), start.plusSeconds(3)), pcap);

        JsonObject callers = awaitFinal(id);

        assertThat(callers.getString("state")).as(callers.toString()).isEqualTo("AVAILABLE");
        assertThat(callers.getJsonNumber("durationMillis").longValue()).as("the caller recorded 1 s").isEqualTo(1000);
        assertThat(Pcm.wavSamples(api().getBytes("recordings/" + id + "/audio", null).body()))
                .isEqualTo(OnDemandRecordingIT.callerAudio(8000, 16000));
        assertThat(callers.getJsonArray("xdrs").getValuesAs(JsonObject.class)).extracting(x -> x.getString("accountId"))
                .containsExactly(caller);
        assertThat(callers.getJsonArray("accounts").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getJsonArray("spans").getValuesAs(JsonObject.class)).singleElement()
                        .satisfies(s -> assertThat(s.getString("startedBy")).isEqualTo("sip-info")));

        List<JsonObject> ofCall = ApiClient.json(api().get("recordings?h323ConfId=" + call).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(ofCall).hasSize(2);
        assertThat(ofCall.get(0).getJsonNumber("id").longValue()).isEqualTo(id);
        long calleesId = ofCall.get(1).getJsonNumber("id").longValue();
        JsonObject callees = awaitFinal(calleesId);
        assertThat(callees.getJsonNumber("splitFrom").longValue()).isEqualTo(id);
        assertThat(callers.containsKey("splitFrom")).isFalse();
        assertThat(callees.getString("state")).as(callees.toString()).isEqualTo("AVAILABLE");
        assertThat(callees.getJsonNumber("durationMillis").longValue()).as("the callee recorded all of it")
                .isBetween(3000L, 3010L);
        JsonObject calleeXdr = xdrOf(callees, callee);
        assertThat(calleeXdr.getString("playLink")).isEqualTo("/api/v1/recordings/" + calleesId + "/audio");
        assertThat(callees.getJsonArray("accounts").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getString("accountId")).isEqualTo(callee));
        assertThat(recording(id).getBoolean("captureRetained")).isFalse();
        assertThat(callees.getBoolean("captureRetained")).isFalse();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!spooled().equals(spooledBefore) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(spooled()).as("the shared capture is deleted once the last recording of the call is final")
                .isEqualTo(spooledBefore);
    }

    @Test
    void accountsOnASwitchClockADayBehindGetTheirOwnSecondsOfTheCaptureEachFromTheOneCapture() throws Exception {
        String caller = account("auto-out-clock", "{\"autoRecordOutgoing\":true}");
        String callee = account("manual-clock", "{\"allowManualStartStop\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant answer = start.minusMillis(20);
        Duration behind = Duration.ofDays(1).plusHours(2).plusMillis(7);
        Instant connect = answer.minus(behind);
        String call = UUID.randomUUID().toString();
        String json = """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"%s",
                 "callingNumber":"100","calledNumber":"200","direction":"outgoing",
                 "connectTime":"%s","disconnectTime":"%s",
                 "xdrs":[{"accountId":"%s","customerId":"%s","direction":"incoming","controlEvents":[
                   {"at":"%s","action":"start","source":"*44 on the callee"},
                   {"at":"%s","action":"stop","source":"*45 on the callee"}]}]}
                """.formatted(UUID.randomUUID(), call, caller, customer, connect, connect.plusSeconds(3), callee, customer,
                connect.plusSeconds(1), connect.plusSeconds(2));
        long id = post(json, capture(new OnDemandCall(nanos(start), 3000)));

        JsonObject callers = awaitFinal(id);
        assertThat(callers.getString("state")).as(callers.toString()).isEqualTo("AVAILABLE");
        assertThat(callers.getJsonNumber("durationMillis").longValue()).as("the caller records it all").isBetween(3000L, 3010L);
        List<JsonObject> ofCall = ApiClient.json(api().get("recordings?h323ConfId=" + call).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(ofCall).hasSize(2);
        JsonObject callees = awaitFinal(ofCall.get(1).getJsonNumber("id").longValue());

        assertThat(callees.getString("state")).as(callees.toString()).isEqualTo("AVAILABLE");
        assertThat(callees.getJsonNumber("splitFrom").longValue()).isEqualTo(id);
        assertThat(Pcm.wavSamples(api().getBytes("recordings/" + callees.getJsonNumber("id") + "/audio", null).body()))
                .as("the callee's second, 1 s after the 200 OK (980 ms after the first packet), converted again"
                        + " for its own recording without moving the switch's times twice")
                .isEqualTo(OnDemandRecordingIT.callerAudio(980 * 8, 1980 * 8));
        assertThat(callees.getJsonArray("spans").getValuesAs(JsonObject.class)).singleElement().satisfies(s -> {
            assertThat(s.getString("start")).isEqualTo(answer.plusSeconds(1).toString());
            assertThat(s.getString("end")).isEqualTo(answer.plusSeconds(2).toString());
        });
        for (JsonObject r : List.of(callers, callees)) {
            assertThat(r.getJsonObject("statistics").getJsonNumber("clockOffsetMillis").longValue())
                    .isEqualTo(behind.toMillis());
            assertThat(r.getJsonObject("statistics").getString("clockAnchor")).isEqualTo("sip-answer");
            assertThat(r.getJsonArray("audit").getJsonObject(0).getString("trigger")).isEqualTo("clock");
        }
    }

    /** The captures waiting in the server's spool folder. */
    private static java.util.Set<Path> spooled() throws IOException {
        Path spool = Path.of(System.getProperty("callrec.test.storage.dir"), "spool");
        if (!Files.isDirectory(spool)) {
            return java.util.Set.of();
        }
        try (var files = Files.list(spool)) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void accountsThatRecordedTheSameAudioShareOneRecording() throws Exception {
        String caller = account("auto-out2", "{\"autoRecordOutgoing\":true}");
        String callee = account("auto-in2", "{\"autoRecordIncoming\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String call = UUID.randomUUID().toString();
        long id = post(internalCall(call, caller, callee, start.minusMillis(100), start.plusSeconds(2)),
                capture(new OnDemandCall(nanos(start), 2000)));

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonArray("xdrs").getValuesAs(JsonObject.class))
                .extracting(x -> x.getString("accountId"), x -> x.getString("playback"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(caller, "available"),
                        org.assertj.core.groups.Tuple.tuple(callee, "available"));
        assertThat(ApiClient.json(api().get("recordings?h323ConfId=" + call).body()).getJsonArray("items")).hasSize(1);
    }

    @Test
    void twoOnDemandAccountsThatNeverStartLoseTheirClaimAndTheRecordingIsSuppressed() throws Exception {
        String caller = account("manual-a", "{\"allowManualStartStop\":true}");
        String callee = account("manual-b", "{\"allowManualStartStop\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        long id = post(internalCall(caller, callee, start.minusMillis(100), start.plusSeconds(2)),
                capture(new OnDemandCall(nanos(start), 2000)));

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("SUPPRESSED");
        assertThat(recording.getString("reasonCode")).isEqualTo("NEVER_STARTED");
        for (String account : List.of(caller, callee)) {
            JsonObject xdr = xdrOf(recording, account);
            assertThat(xdr.getBoolean("entitled")).isFalse();
            assertThat(xdr.getString("recordingNote")).isEqualTo("account " + account
                    + " never started recording during the call");
        }
    }

    @Test
    void aCallNoAccountMayRecordIsSuppressedAtOnce() {
        String caller = account("none-a", "{}");
        String callee = account("none-b", "{\"autoRecordOutgoing\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = api().postCall(internalCall(caller, callee, start, start.plusSeconds(2)),
                capture(new OnDemandCall(nanos(start), 2000)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ApiClient.json(created.body()).getString("state"))
                .as("the callee records only outgoing calls; this one is incoming for it").isEqualTo("SUPPRESSED");
        JsonObject recording = recording(ApiClient.json(created.body()).getJsonNumber("recordingId").longValue());
        assertThat(recording.getString("reasonCode")).isEqualTo("NOT_RECORDED_BY_POLICY");
        assertThat(recording.getJsonArray("xdrs").getValuesAs(JsonObject.class))
                .allSatisfy(x -> assertThat(x.getBoolean("entitled")).isFalse()).hasSize(2);
    }

    @Test
    void aSecondXdrOfTheSameAccountIsRefusedWithNothingStored() {
        String caller = account("dup", "{\"autoRecordOutgoing\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> refused = api().postCall(internalCall(caller, caller, start, start.plusSeconds(2)),
                capture(new OnDemandCall(nanos(start), 2000)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused.body()).getString("error"))
                .isEqualTo("field 'xdrs[0].accountId': account '" + caller + "' has more than one xDR in this call record");
    }

    @Test
    void anAccountThatNeverStartedLeavesTheRecordingToTheOneThatRecorded() throws Exception {
        String caller = account("manual-c", "{\"allowManualStartStop\":true}");
        String callee = account("auto-in3", "{\"autoRecordIncoming\":true}");
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String call = UUID.randomUUID().toString();
        long id = post(internalCall(call, caller, callee, start.minusMillis(100), start.plusSeconds(2)),
                capture(new OnDemandCall(nanos(start), 2000)));

        JsonObject recording = awaitFinal(id);

        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(xdrOf(recording, caller).getString("recordingNote"))
                .isEqualTo("account " + caller + " never started recording during the call");
        assertThat(xdrOf(recording, callee).getString("playback")).isEqualTo("available");
        assertThat(recording.getJsonObject("recordingControl").getString("basis")).contains(callee);
        assertThat(recording.getJsonArray("spans").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(s -> assertThat(s.getString("startedBy")).isEqualTo("auto"));
        assertThat(ApiClient.json(api().get("recordings?h323ConfId=" + call).body()).getJsonArray("items")).hasSize(1);
    }
}
