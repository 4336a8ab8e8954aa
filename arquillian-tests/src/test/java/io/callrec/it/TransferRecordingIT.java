package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.callrec.media.testkit.TransferCall;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's transfer and parking scenarios end to end: B's account posts the call with its legs, and
 * the WAV must hold exactly the parts the transfer policy gives B, sample for sample.
 *
 * <p>The capture is what the switch records of A's call (see {@link TransferCall}): A–B from 0 to 2 s
 * (signal 0, spoken by B), what A hears while B consults C or while the call is parked, from 2 to 3 s
 * (signal 1, the switch's hold music), then A–C from 3 to 6 s (signal 2, spoken by C); A is silent, so
 * the mix is each part's signal. The consultation B–C (2 to 3 s) is a call of its own with its own
 * capture and is not in this one. B's xDR covers the whole call (0 to 6 s). A switch that captures
 * everything on its media ports may also write the consultation's SIP and RTP (signal 3) into it: the
 * server then converts the call whose RTP starts first and leaves the other dialog out. Without SIP
 * nothing would tell the consultation's RTP apart, so it would be mixed in; such a capture is not one
 * the switch writes.
 */
class TransferRecordingIT extends DeployedEar {

    private static final int WAV_HEADER = 44;
    private static final int RATE = 8000;
    private static final int AB = 0;
    private static final int HOLD = 1;
    private static final int AC = 2;
    private static final int CONSULTATION = 3;

    private final Instant t0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String customer = "it-transfer-" + suffix;
    private final String a = "caller-" + suffix;
    private final String c = "target-" + suffix;

    /**
     * How far the switch's clock, which times the xDR, its events and legs, is behind the capture's
     * (negative: ahead); the server lines them up at the call's connect.
     */
    private Duration xdrBehind = Duration.ZERO;
    /** The call's connect on the capture's clock: its first packet, or the 200 OK when the capture has SIP. */
    private Instant connect = t0;

    /** {@code millis} into the capture, on the capture's clock: where the audio and the stored spans are. */
    private Instant at(long millis) {
        return t0.plusMillis(millis);
    }

    /** The same moment as the switch reports it. */
    private Instant xdrAt(long millis) {
        return at(millis).minus(xdrBehind);
    }

    /** B's account: a fresh customer and a product with these call recording options. */
    private String accountB(String callRecording) {
        assertThat(api().put("customers/" + customer, "{\"name\":\"Transfers\"}").statusCode()).isEqualTo(201);
        return account("b", callRecording);
    }

    private String account(String name, String callRecording) {
        return accountOnOwnProduct(customer, name + "-" + suffix, callRecording);
    }

    /** A calls B: B's incoming xDR over the whole call, with its control events and the call's legs. */
    private String call(String b, String controlEvents, String legs) {
        return call(b, controlEvents, legs, 6000);
    }

    private String call(String b, String controlEvents, String legs, long disconnectMillis) {
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","accountNumber":"14155550199",
                 "customerId":"%s","callingNumber":"14155550100","calledNumber":"14155550199",
                 "direction":"incoming","connectTime":"%s","disconnectTime":"%s",
                 "controlEvents":[%s],"legs":[%s]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), b, customer, connect.minus(xdrBehind),
                        xdrAt(disconnectMillis), controlEvents, legs);
    }

    private String start(long millis) {
        return event(millis, "start");
    }

    private String event(long millis, String action) {
        return "{\"at\":\"%s\",\"action\":\"%s\",\"source\":\"*44 on B\"}".formatted(xdrAt(millis), action);
    }

    private String leg(String id, String kind, String partyA, String partyB, long from, long to, String handedOverBy) {
        return """
                {"id":"%s","kind":"%s","partyA":"%s","partyB":%s,"start":"%s","end":"%s","handedOverBy":%s}"""
                .formatted(id, kind, partyA, partyB == null ? "null" : "\"" + partyB + "\"", xdrAt(from), xdrAt(to),
                        handedOverBy == null ? "null" : "\"" + handedOverBy + "\"");
    }

    /** B consults C from 2 s and transfers A to C at 3 s; A and C talk until 6 s. */
    private String transferLegs(String b) {
        return String.join(",", leg("ab", "direct", a, b, 0, 3000, null),
                leg("bc", "consultation", b, c, 2000, 3000, null),
                leg("ac", "transferred", a, c, 3000, 6000, b));
    }

    /** B parks A at 2 s; the retriever (account C) picks A up on another phone at 3 s; they talk until 6 s. */
    private String parkingLegs(String b, String retriever) {
        return String.join(",", leg("ab", "direct", a, b, 0, 2000, null),
                leg("park", "parked", a, null, 2000, 3000, b),
                leg("ac", "retrieved", a, retriever, 3000, 6000, b));
    }

    private byte[] capture() {
        return capture(new TransferCall(t0.getEpochSecond() * 1_000_000_000L));
    }

    /** The same call with its SIP, and the consultation B–C as a dialog of its own with its RTP. */
    private byte[] captureWithConsultation() {
        return capture(new TransferCall(t0.getEpochSecond() * 1_000_000_000L).signalled()
                .consultation("192.0.2.20", "192.0.2.30", 2000, 3000, CONSULTATION));
    }

    private static byte[] capture(TransferCall call) {
        return Captures.written(call.part("192.0.2.20", 0, 2000, AB).part("192.0.2.1", 2000, 3000, HOLD)
                .part("192.0.2.30", 3000, 6000, AC)::write);
    }

    /** Samples {@code from} to {@code to} (ms, counted from the start of the part) of one part's decoded signal. */
    private static short[] part(int signal, long fromMillis, long toMillis) {
        return Pcm.ulaw(fromMillis * RATE / 1000, toMillis * RATE / 1000, n -> TransferCall.signalByte(signal, n));
    }

    private static short[] concat(short[]... parts) {
        short[] all = new short[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** The recording, converted: AVAILABLE, and its audio exactly {@code expected}. */
    private JsonObject assertAudio(long id, short[] expected) throws InterruptedException {
        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonNumber("durationMillis").longValue()).isEqualTo(expected.length * 1000L / RATE);
        byte[] wav = api().getBytes("recordings/" + id + "/audio", null).body();
        assertThat(wav.length).isEqualTo(WAV_HEADER + 2 * expected.length);
        short[] samples = Pcm.wavSamples(wav);
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] != expected[i]) {
                assertThat(samples[i]).as("sample %d of %d", i, samples.length).isEqualTo(expected[i]);
            }
        }
        return recording;
    }

    private static List<org.assertj.core.groups.Tuple> spans(JsonObject recording) {
        return recording.getJsonArray("spans").getValuesAs(JsonObject.class).stream()
                .map(s -> tuple(s.getString("leg", null), s.getString("parties", null), s.getString("start"),
                        s.getString("end"), s.getString("startedBy")))
                .toList();
    }

    private static List<String> notes(JsonObject recording) {
        return recording.getJsonArray("ownershipNotes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void transferorWithAutoRecordRedirectedOwnsOneRecordingOfBothConversations() throws Exception {
        JsonObject recording = transferorOwnsBothConversations();
        assertThat(recording.getJsonObject("statistics").getJsonNumber("clockOffsetMillis").longValue()).isZero();
    }

    @Test
    void legsAndEventsOnASwitchClockTwoHoursBehindCutTheSameSecondsOfTheCapture() throws Exception {
        xdrBehind = Duration.ofHours(2).plusMillis(7);
        JsonObject recording = transferorOwnsBothConversations();
        assertClockReported(recording, 7_200_007L);
    }

    /** B starts recording at 1 s (*44), consults C and transfers A to C at 3 s: B's recording holds 1 s to 6 s. */
    private JsonObject transferorOwnsBothConversations() throws Exception {
        String b = accountB("{\"allowManualStartStop\":true,\"autoRecordRedirected\":true}");
        long id = post(call(b, start(1000), transferLegs(b)), capture());

        JsonObject recording = assertAudio(id, concat(part(AB, 1000, 2000), part(HOLD, 0, 1000), part(AC, 0, 3000)));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, at(1000).toString(), at(3000).toString(), "switch"),
                tuple("ac", a + "–" + c, at(3000).toString(), at(6000).toString(), "switch"));
        assertThat(notes(recording)).isEmpty();
        return recording;
    }

    /** The recording says how far the switch's clock was off, in its statistics and first in its audit trail. */
    private void assertClockReported(JsonObject recording, long offsetMillis) {
        assertThat(recording.getJsonObject("statistics").getJsonNumber("clockOffsetMillis").longValue())
                .isEqualTo(offsetMillis);
        assertThat(recording.getJsonObject("statistics").getString("clockAnchor")).isEqualTo("first-media");
        JsonObject entry = recording.getJsonArray("audit").getValuesAs(JsonObject.class).get(0);
        assertThat(entry.getString("trigger")).isEqualTo("clock");
        assertThat(entry.getString("action")).isEqualTo("align");
        assertThat(entry.getBoolean("accepted")).isTrue();
        assertThat(entry.getString("at")).isEqualTo(t0.toString());
        assertThat(entry.getString("reason")).contains("moved by " + (offsetMillis > 0 ? "+" : "") + offsetMillis + " ms");
    }

    @Test
    void consultationCapturedAsADialogOfItsOwnStaysOutOfTheTransferorsRecording() throws Exception {
        connect = t0.minusNanos(TransferCall.ANSWER_BEFORE_MEDIA_NANOS);
        String b = accountB("{\"allowManualStartStop\":true,\"autoRecordRedirected\":true}");
        long id = post(call(b, start(1000), transferLegs(b)), captureWithConsultation());

        JsonObject recording = assertAudio(id, concat(part(AB, 1000, 2000), part(HOLD, 0, 1000), part(AC, 0, 3000)));
        assertThat(recording.getJsonObject("statistics").getJsonArray("calls").getValuesAs(JsonObject.class))
                .extracting(call -> call.getString("callId"), call -> call.getBoolean("converted"))
                .containsExactlyInAnyOrder(tuple("transfer-call", true), tuple("transfer-consultation", false));
    }

    @Test
    void autoRecordingTransferorWithAutoRecordRedirectedKeepsTheWholeCall() throws Exception {
        String b = accountB("{\"autoRecordIncoming\":true,\"autoRecordRedirected\":true}");
        long id = post(call(b, "", transferLegs(b)), capture());

        JsonObject recording = assertAudio(id, concat(part(AB, 0, 2000), part(HOLD, 0, 1000), part(AC, 0, 3000)));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, t0.toString(), at(3000).toString(), "auto"),
                tuple("ac", a + "–" + c, at(3000).toString(), at(6000).toString(), "auto"));
    }

    @Test
    void transferorWhoseXdrEndsWhenItLeftStillOwnsTheTransferredConversation() throws Exception {
        String b = accountB("{\"autoRecordIncoming\":true,\"autoRecordRedirected\":true}");
        long id = post(call(b, "", transferLegs(b), 3000), capture());

        JsonObject recording = assertAudio(id, concat(part(AB, 0, 2000), part(HOLD, 0, 1000), part(AC, 0, 3000)));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, t0.toString(), at(3000).toString(), "auto"),
                tuple("ac", a + "–" + c, at(3000).toString(), at(6000).toString(), "auto"));
    }

    @Test
    void transferorWithoutAutoRecordRedirectedGetsOnlyItsOwnConversation() throws Exception {
        String b = accountB("{\"autoRecordIncoming\":true}");
        long id = post(call(b, "", transferLegs(b)), capture());

        JsonObject recording = assertAudio(id, concat(part(AB, 0, 2000), part(HOLD, 0, 1000)));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, t0.toString(), at(3000).toString(), "auto"));
        assertThat(notes(recording)).containsExactly(b + " transferred " + a + "–" + c
                + " without auto record redirected calls");
    }

    @Test
    void recordingRestartedAfterTheTransferKeepsOnlyWhatWasRecordedBeforeIt() throws Exception {
        String b = accountB("{\"allowManualStartStop\":true,\"autoRecordRedirected\":true}");
        String events = String.join(",", start(500), event(1500, "stop"), start(4000));
        long id = post(call(b, events, transferLegs(b)), capture());

        JsonObject recording = assertAudio(id, part(AB, 500, 1500));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, at(500).toString(), at(1500).toString(), "switch"));
        assertThat(notes(recording)).containsExactly(b + " was not recording when it transferred " + a + "–" + c);
    }

    @Test
    void recordingStartedOnlyAfterTheTransferGivesTheTransferorNoAudio() throws Exception {
        String b = accountB("{\"allowManualStartStop\":true,\"autoRecordRedirected\":true}");
        long id = post(call(b, start(4000), transferLegs(b)), capture());

        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("SUPPRESSED");
        assertThat(recording.getString("reasonCode")).isEqualTo("NEVER_STARTED");
        assertThat(recording.containsKey("audioUrl")).isFalse();
        assertThat(recording.getJsonArray("spans")).isEmpty();
        assertThat(notes(recording)).containsExactly(b + " was not recording when it transferred " + a + "–" + c,
                b + " recorded nothing of this call");
    }

    @Test
    void parkedCallRetrievedOnAnotherPhoneStaysTheParkersUpToTheParking() throws Exception {
        String b = accountB("{\"autoRecordIncoming\":true,\"autoRecordRedirected\":true}");
        String retriever = account("c", "{\"autoRecordIncoming\":true,\"autoRecordRedirected\":true}");
        assertThat(ApiClient.json(api().get("recording-policy?account=" + retriever + "&direction=incoming").body())
                .getBoolean("record")).as("C would record a call of its own").isTrue();
        HttpResponse<String> posted = api().postCall(call(b, "", parkingLegs(b, retriever)), capture());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonObject created = ApiClient.json(posted.body());
        long id = created.getJsonNumber("recordingId").longValue();

        JsonObject recording = assertAudio(id, part(AB, 0, 2000));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, t0.toString(), at(2000).toString(), "auto"));
        assertThat(notes(recording)).isEmpty();
        assertThat(recording.getJsonArray("xdrs").getValuesAs(JsonObject.class)).singleElement().satisfies(x -> {
            assertThat(x.getJsonNumber("id").longValue()).isEqualTo(created.getJsonNumber("xdrId").longValue());
            assertThat(x.getString("accountId")).isEqualTo(b);
        });
        List<JsonObject> all = ApiClient.json(api().get("recordings?limit=1000").body()).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(all).extracting(r -> r.getJsonNumber("id").longValue()).contains(id);
        assertThat(all).flatExtracting(r -> r.getJsonArray("xdrs").getValuesAs(JsonObject.class))
                .extracting(x -> x.getString("accountId")).doesNotContain(retriever);
    }

    @Test
    void transferorWhoStartsRecordingInBandOwnsBothConversations() throws Exception {
        connect = t0.minusNanos(TransferCall.ANSWER_BEFORE_MEDIA_NANOS);
        String b = accountB("{\"allowManualStartStop\":true,\"autoRecordRedirected\":true}");
        byte[] pcap = capture(new TransferCall(t0.getEpochSecond() * 1_000_000_000L).signalled().recordInfo(1000, true));
        long id = post(call(b, "", transferLegs(b)), pcap);

        JsonObject recording = assertAudio(id, concat(part(AB, 1000, 2000), part(HOLD, 0, 1000), part(AC, 0, 3000)));
        assertThat(spans(recording)).containsExactly(
                tuple("ab", a + "–" + b, at(1000).toString(), at(3000).toString(), "sip-info"),
                tuple("ac", a + "–" + c, at(3000).toString(), at(6000).toString(), "sip-info"));
    }

    @Test
    void announcementOfATransferorsRecordingIsMixedInWhereItStarted() throws Exception {
        announcementIsMixedInWhereTheRecordingStarted();
    }

    @Test
    void announcementCueOfASwitchClockThreeHoursAheadIsMixedInWhereTheRecordingStarted() throws Exception {
        xdrBehind = Duration.ofHours(-3);
        assertClockReported(announcementIsMixedInWhereTheRecordingStarted(), -10_800_000L);
    }

    private JsonObject announcementIsMixedInWhereTheRecordingStarted() throws Exception {
        String b = accountB("{\"allowManualStartStop\":true,\"autoRecordRedirected\":true,\"playAnnouncement\":true}");
        long id = post(call(b, start(1000), transferLegs(b)), capture());

        JsonObject recording = awaitFinal(id);
        assertThat(recording.getString("state")).as(recording.toString()).isEqualTo("AVAILABLE");
        assertThat(recording.getJsonArray("announcementCues").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(cue -> {
                    assertThat(cue.getString("at")).isEqualTo(at(1000).toString());
                    assertThat(cue.getString("prompt")).isEqualTo("started");
                });
        short[] plain = concat(part(AB, 1000, 2000), part(HOLD, 0, 1000), part(AC, 0, 3000));
        byte[] wav = api().getBytes("recordings/" + id + "/audio", null).body();
        assertThat(wav.length).isEqualTo(WAV_HEADER + 2 * plain.length);
        short[] samples = Pcm.wavSamples(wav);
        int differing = 0;
        for (int i = 0; i < plain.length; i++) {
            if (samples[i] != plain[i]) {
                differing++;
                assertThat(i).as("the prompt sits at the start of the recording").isLessThan(3 * RATE);
            }
        }
        assertThat(differing).as("samples the prompt changed").isGreaterThan(RATE / 2);
        return recording;
    }

    @Test
    void retrieverWithAnXdrGetsItsOwnRecordingWhileTheParkersStaysItsOwn() throws Exception {
        retrieverAndParkerGetARecordingEach();
    }

    @Test
    void parkingAndRetrievalOnASwitchClockADayAheadSplitTheSameSecondsOfTheCapture() throws Exception {
        xdrBehind = Duration.ofDays(-1).minusMillis(250);
        JsonObject[] both = retrieverAndParkerGetARecordingEach();
        assertClockReported(both[0], -86_400_250L);
        assertThat(both[1].getJsonObject("statistics").getJsonNumber("clockOffsetMillis").longValue())
                .as("the recording split off for the retriever lines the clocks up alike").isEqualTo(-86_400_250L);
    }

    /** The parker's recording and the one split off for the retriever, each exactly its account's part. */
    private JsonObject[] retrieverAndParkerGetARecordingEach() throws Exception {
        String b = accountB("{\"autoRecordIncoming\":true,\"autoRecordRedirected\":true}");
        String retriever = account("c", "{\"autoRecordIncoming\":true}");
        String h323 = UUID.randomUUID().toString();
        String json = call(b, "", parkingLegs(b, retriever)).replaceFirst("\"h323ConfId\":\"[^\"]+\"",
                "\"h323ConfId\":\"" + h323 + "\"").replace("\"legs\":", "\"xdrs\":[{\"accountId\":\"" + retriever
                + "\",\"direction\":\"incoming\",\"connectTime\":\"" + xdrAt(3000) + "\"}],\"legs\":");
        long id = post(json, capture());

        JsonObject parkers = assertAudio(id, part(AB, 0, 2000));
        assertThat(parkers.getJsonArray("xdrs").getValuesAs(JsonObject.class)).extracting(x -> x.getString("accountId"))
                .containsExactly(b);
        List<JsonObject> ofCall = ApiClient.json(api().get("recordings?h323ConfId=" + h323).body())
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(ofCall).hasSize(2);
        JsonObject retrievers = assertAudio(ofCall.get(1).getJsonNumber("id").longValue(), part(AC, 0, 3000));
        assertThat(retrievers.getJsonArray("xdrs").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(x -> {
                    assertThat(x.getString("accountId")).isEqualTo(retriever);
                    assertThat(x.getString("playback")).isEqualTo("available");
                });
        assertThat(spans(retrievers)).containsExactly(
                tuple("ac", a + "–" + retriever, at(3000).toString(), at(6000).toString(), "auto"));
        return new JsonObject[] {parkers, retrievers};
    }
}
