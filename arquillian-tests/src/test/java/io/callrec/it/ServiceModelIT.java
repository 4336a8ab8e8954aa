package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.codec.G711Decoder;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service model over HTTP: the operator sets up customers, products and accounts; the switch asks
 * the recording policy, fetches the announcements and posts calls with control events. Every test
 * creates its own entities (ids with a random suffix) and checks only them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceModelIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("callrec.ear.file")));
    }

    @ArquillianResource
    URL deployment;

    private ApiClient api() {
        return ApiClient.admin(deployment);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject put(String path, String json, int expectedStatus) {
        HttpResponse<String> response = api().put(path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return ApiClient.json(response.body());
    }

    private String customer() {
        String id = unique("cust");
        put("customers/" + id, "{\"name\":\"Acme\"}", 201);
        return id;
    }

    private String product(String callRecordingJson, boolean addOn) {
        String id = unique(addOn ? "addon" : "prod");
        put("products/" + id, "{\"name\":\"" + id + "\",\"addOn\":" + addOn + ",\"callRecording\":" + callRecordingJson + "}", 201);
        return id;
    }

    private JsonObject policy(String account, String direction) {
        HttpResponse<String> response = api().get("recording-policy?account=" + account + "&direction=" + direction);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response.body());
    }

    @Test
    void recordingPolicyCombinesProductAddOnOverridesAndTheCustomersDialingRule() {
        String rule = unique("rule");
        put("dialing-rules/" + rule, "{\"name\":\"PBX codes\",\"type\":\"pbx\",\"startCode\":\"*71\",\"stopCode\":\"*72\"}", 201);
        String cls = unique("class");
        JsonObject customerClass = put("customer-classes/" + cls, "{\"name\":\"Gold\",\"newRecordingNotification\":true}", 201);
        assertThat(customerClass.getBoolean("newRecordingNotification")).isTrue();
        String customer = unique("cust");
        put("customers/" + customer, "{\"name\":\"Acme\",\"customerClass\":\"" + cls + "\",\"dialingRule\":\"" + rule + "\"}", 201);
        String base = product("{\"autoRecordIncoming\":true,\"playAnnouncement\":true}", false);
        String addOn = product("{\"allowManualStartStop\":true}", true);
        String account = unique("acct");
        JsonObject created = put("accounts/" + account, """
                {"phoneNumber":"14155550100","email":"b@example.com","customer":"%s","product":"%s","addOns":["%s"],
                 "serviceConfiguration":{"autoRecordOutgoing":"on"}}""".formatted(customer, base, addOn), 201);
        assertThat(created.getJsonObject("serviceConfiguration").getString("autoRecordIncoming")).isEqualTo("inherit");
        assertThat(created.getJsonObject("effectiveConfiguration").getJsonObject("dtmf").getString("source")).isEqualTo("customer-rule");

        JsonObject incoming = policy(account, "incoming");
        assertThat(incoming.getBoolean("record")).isTrue();
        assertThat(incoming.getBoolean("onDemandAllowed")).isTrue();
        assertThat(incoming.getBoolean("playAnnouncement")).isTrue();
        assertThat(incoming.getJsonObject("dtmf").getString("start")).isEqualTo("*71");
        assertThat(incoming.getJsonObject("dtmf").getString("stop")).isEqualTo("*72");
        assertThat(incoming.getJsonObject("announcement").getString("started")).endsWith("/api/v1/announcements/started");
        assertThat(policy(account, "outgoing").getBoolean("record")).as("override on").isTrue();
        assertThat(policy(account, "redirected").getBoolean("record")).isFalse();
        assertThat(ApiClient.json(api().get("accounts/" + account).body()).getString("email")).isEqualTo("b@example.com");
    }

    @Test
    void forwardedFromVendorIsRecordedOnlyWhenIncomingAndRedirectedAreBothOn() {
        String customer = customer();
        String base = product("{\"autoRecordIncoming\":true}", false);
        String account = unique("acct");
        String body = "{\"customer\":\"%s\",\"product\":\"%s\",\"serviceConfiguration\":{\"autoRecordRedirected\":\"%s\"}}";
        put("accounts/" + account, body.formatted(customer, base, "inherit"), 201);
        assertThat(policy(account, "incoming").getBoolean("record")).isTrue();
        assertThat(policy(account, "forwarded").getBoolean("record")).isFalse();

        put("accounts/" + account, body.formatted(customer, base, "on"), 200);
        assertThat(policy(account, "forwarded").getBoolean("record")).isTrue();
        assertThat(policy(account, "FORWARDED").getString("direction")).isEqualTo("forwarded");
    }

    @Test
    void unknownAccountIs404AndUnknownOrMissingDirectionIs400WithTheReason() {
        HttpResponse<String> unknown = api().get("recording-policy?account=no-such-account&direction=incoming");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(unknown.body()).getString("error")).isEqualTo("no account with id 'no-such-account'");

        String account = unique("acct");
        String plain = product("null", false);
        assertThat(ApiClient.json(api().get("products/" + plain).body()).isNull("callRecording")).isTrue();
        JsonObject created = put("accounts/" + account, "{\"customer\":\"" + customer() + "\",\"product\":\"" + plain
                + "\",\"serviceConfiguration\":{\"autoRecordIncoming\":\"on\"}}", 201);
        assertThat(created.getJsonObject("effectiveConfiguration").getBoolean("callRecording")).isFalse();
        HttpResponse<String> sideways = api().get("recording-policy?account=" + account + "&direction=sideways");
        assertThat(sideways.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(sideways.body()).getString("error")).isEqualTo(
                "query parameter 'direction' must be one of incoming, outgoing, redirected, forwarded, not 'sideways'");
        HttpResponse<String> missing = api().get("recording-policy?account=" + account);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(missing.body()).getString("error")).startsWith("query parameter 'direction' is required");
        JsonObject none = policy(account, "incoming");
        assertThat(none.getBoolean("record")).as("no product carries call recording; the override cannot buy it").isFalse();
        assertThat(none.getJsonObject("dtmf").getString("start")).isEqualTo("*44");
        assertThat(none.getJsonObject("dtmf").getString("stop")).isEqualTo("*45");
    }

    @Test
    void adminRequestsAreValidatedNamingTheFieldAndUnknownIdsAre404() {
        HttpResponse<String> noCustomer = api().put("accounts/" + unique("acct"), "{\"customer\":\"nobody-here\"}");
        assertThat(noCustomer.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noCustomer.body()).getString("error"))
                .isEqualTo("field 'customer' refers to no customer with id 'nobody-here'");
        HttpResponse<String> badOption = api().put("products/" + unique("prod"),
                "{\"name\":\"x\",\"callRecording\":{\"autoRecordSometimes\":true}}");
        assertThat(badOption.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badOption.body()).getString("error")).startsWith("field 'callRecording.autoRecordSometimes' is not a recording option");
        HttpResponse<String> badCodes = api().put("dialing-rules/" + unique("rule"), "{\"name\":\"x\",\"startCode\":\"44\",\"stopCode\":\"44\"}");
        assertThat(badCodes.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badCodes.body()).getString("error")).startsWith("field 'stopCode' must differ from startCode");
        HttpResponse<String> noName = api().put("customer-classes/" + unique("class"), "{}");
        assertThat(ApiClient.json(noName.body()).getString("error")).isEqualTo("field 'name' is required");
        String addOn = product("{\"allowManualStartStop\":true}", true);
        HttpResponse<String> addOnAsBase = api().put("accounts/" + unique("acct"),
                "{\"customer\":\"" + customer() + "\",\"product\":\"" + addOn + "\"}");
        assertThat(addOnAsBase.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(addOnAsBase.body()).getString("error")).startsWith("field 'product' names the add-on");

        for (String path : new String[] {"accounts/", "customers/", "customer-classes/", "products/", "dialing-rules/", "access-roles/"}) {
            HttpResponse<String> missing = api().get(path + "does-not-exist");
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(ApiClient.json(missing.body()).getString("error")).endsWith("with id 'does-not-exist'");
        }
    }

    @Test
    void selfServiceHidesShowToMyselfOnlyAndRefusesWhatTheRoleDoesNotAllow() {
        String customer = customer();
        String base = product("{\"autoRecordIncoming\":true,\"showToMyselfOnly\":true}", false);
        String account = unique("acct");
        put("accounts/" + account, "{\"customer\":\"" + customer + "\",\"product\":\"" + base + "\"}", 201);

        JsonObject view = ApiClient.json(api().get("accounts/" + account + "/self-service").body()).getJsonObject("attributes");
        assertThat(view).doesNotContainKey("showToMyselfOnly");
        assertThat(view.getJsonObject("playAnnouncement").getBoolean("modifiable")).isFalse();
        HttpResponse<String> refused = api().put("accounts/" + account + "/self-service", "{\"playAnnouncement\":\"on\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(refused.body()).getString("error")).contains("does not allow modifying 'playAnnouncement'");
        HttpResponse<String> allowed = api().put("accounts/" + account + "/self-service",
                "{\"autoRecordOutgoing\":\"on\",\"dialingCodes\":{\"start\":\"#1\",\"stop\":\"#2\"}}");
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(policy(account, "outgoing").getBoolean("record")).isTrue();
        assertThat(policy(account, "outgoing").getJsonObject("dtmf").getString("start")).isEqualTo("#1");

        String role = unique("role");
        put("access-roles/" + role, "{\"name\":\"trusted\",\"permissions\":{\"showToMyselfOnly\":[\"view\",\"modify\"]}}", 201);
        put("accounts/" + account, "{\"customer\":\"" + customer + "\",\"product\":\"" + base + "\",\"accessRole\":\"" + role + "\"}", 200);
        JsonObject trusted = ApiClient.json(api().get("accounts/" + account + "/self-service").body()).getJsonObject("attributes");
        assertThat(trusted.getJsonObject("showToMyselfOnly").getBoolean("effective")).isTrue();
        assertThat(trusted.getJsonObject("showToMyselfOnly").getBoolean("modifiable")).isTrue();
    }

    @Test
    void announcementsDownloadAsG711OfThePackagedPrompt() throws Exception {
        short[] source = packagedPrompt("started");
        HttpResponse<byte[]> mu = api().getBytes("announcements/started?encoding=pcmu", null);
        assertThat(mu.statusCode()).isEqualTo(200);
        assertThat(mu.headers().firstValue("Content-Type")).hasValue("audio/wav");
        ByteBuffer wav = ByteBuffer.wrap(mu.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(mu.body(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(wav.getShort(20)).as("format tag: µ-law").isEqualTo((short) 7);
        assertThat(wav.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(wav.getInt(24)).as("rate").isEqualTo(8000);
        assertThat(wav.getShort(34)).as("bits").isEqualTo((short) 8);
        assertThat(new String(mu.body(), 50, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        assertThat(wav.getInt(54)).as("one byte per sample").isEqualTo(source.length);
        assertCloseTo(source, java.util.Arrays.copyOfRange(mu.body(), 58, 58 + source.length), G711Decoder.ulaw());

        HttpResponse<byte[]> a = api().getBytes("announcements/stopped?encoding=pcma&container=raw", null);
        assertThat(a.statusCode()).isEqualTo(200);
        assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).isEqualToIgnoringCase("audio/PCMA"));
        short[] stopped = packagedPrompt("stopped");
        assertThat(a.body()).hasSize(stopped.length);
        assertCloseTo(stopped, a.body(), G711Decoder.alaw());

        HttpResponse<byte[]> aWav = api().getBytes("announcements/started?encoding=pcma", null);
        assertThat(ByteBuffer.wrap(aWav.body()).order(ByteOrder.LITTLE_ENDIAN).getShort(20)).as("format tag: A-law").isEqualTo((short) 6);

        assertThat(api().get("announcements/started?encoding=g729").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = api().get("announcements/paused");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(unknown.body()).getString("error")).isEqualTo("no announcement 'paused'; there are started, stopped");
    }

    /** The 16-bit PCM of a packaged prompt, read from the source tree (canonical 44-byte WAV header). */
    private static short[] packagedPrompt(String name) throws Exception {
        byte[] wav = Files.readAllBytes(Path.of("..", "ejb", "src", "main", "resources", "announcements", name + ".wav"));
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        short[] pcm = new short[b.getInt(40) / 2];
        b.position(44);
        b.asShortBuffer().get(pcm);
        return pcm;
    }

    private static void assertCloseTo(short[] source, byte[] coded, G711Decoder decoder) {
        short[] decoded = new short[coded.length];
        decoder.decode(coded, 0, coded.length, decoded, 0);
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < source.length; i++) {
            signal += (double) source[i] * source[i];
            noise += (double) (source[i] - decoded[i]) * (source[i] - decoded[i]);
        }
        assertThat(10 * Math.log10(signal / noise)).as("SNR dB of the served G.711").isGreaterThan(30);
    }

    private String callJson(String account, String direction, String controlEvents) {
        return callJson(account, direction, controlEvents, false);
    }

    private String callJson(String account, String direction, String controlEvents, boolean playedInBand) {
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"it-ondemand",
                 "callingNumber":"14155550100","calledNumber":"14155550199","direction":"%s",
                 "connectTime":"2026-11-26T10:00:00Z","disconnectTime":"2026-11-26T10:00:03Z",
                 "controlEvents":%s,"announcementPlayedInBand":%s}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), account, direction, controlEvents, playedInBand);
    }

    /**
     * Posts the call with a capture whose first packet is at the xDR's connect (2026-11-26T10:00:00Z), and
     * reads the recording at once: the spans and audit trail read the same before and after the conversion.
     */
    private JsonObject postAndRead(String json) {
        HttpResponse<String> created = api().postCall(json,
                Captures.twoLegCall(java.time.Instant.parse("2026-11-26T10:00:00Z").getEpochSecond() * 1_000_000_000L));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created.body()).getJsonNumber("recordingId").longValue();
        return ApiClient.json(api().get("recordings/" + id).body());
    }

    @Test
    void callWithControlEventsShowsItsSpansAndAuditTrail() {
        String account = unique("acct");
        put("accounts/" + account, "{\"customer\":\"" + customer() + "\",\"product\":\""
                + product("{\"allowManualStartStop\":true,\"playAnnouncement\":true}", false) + "\"}", 201);
        JsonObject recording = postAndRead(callJson(account, "incoming", """
                [{"at":"2026-11-26T10:00:00.500Z","action":"stop","source":"*45 on B"},
                 {"at":"2026-11-26T10:00:01Z","action":"start","source":"*44 on B"},
                 {"at":"2026-11-26T10:00:01.500Z","action":"start","source":"*44 on B"},
                 {"at":"2026-11-26T10:00:02Z","action":"stop","source":"*45 on B"}]"""));

        JsonObject control = recording.getJsonObject("recordingControl");
        assertThat(control.getBoolean("startedRecorded")).as("on-demand only: starts unrecorded").isFalse();
        assertThat(control.getInt("ignoredEvents")).isEqualTo(2);
        JsonArray spans = recording.getJsonArray("spans");
        assertThat(spans).hasSize(1);
        assertThat(spans.getJsonObject(0).getString("start")).isEqualTo("2026-11-26T10:00:01Z");
        assertThat(spans.getJsonObject(0).getString("end")).isEqualTo("2026-11-26T10:00:02Z");
        assertThat(spans.getJsonObject(0).getString("startedBy")).isEqualTo("switch");
        JsonArray audit = recording.getJsonArray("audit");
        assertThat(audit.getValuesAs(JsonObject.class)).extracting(e -> e.getBoolean("accepted"))
                .containsExactly(false, true, false, true);
        assertThat(audit.getJsonObject(0).getString("reason")).startsWith("stop before start");
        assertThat(audit.getJsonObject(2).getString("reason")).startsWith("repeated start");
        assertThat(audit.getJsonObject(1).getString("detail")).isEqualTo("*44 on B");
        assertThat(control.getBoolean("mixAnnouncements")).isTrue();
        assertThat(recording.getJsonArray("announcementCues").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("at") + " " + c.getString("prompt"))
                .containsExactly("2026-11-26T10:00:01Z started", "2026-11-26T10:00:02Z stopped");
    }

    @Test
    void controlEventsOfAnAccountWithoutOnDemandAreIgnoredAndCounted() {
        String account = unique("acct");
        put("accounts/" + account, "{\"customer\":\"" + customer() + "\",\"product\":\""
                + product("{\"autoRecordIncoming\":true,\"playAnnouncement\":true}", false) + "\"}", 201);
        JsonObject recording = postAndRead(callJson(account, "incoming",
                "[{\"at\":\"2026-11-26T10:00:01Z\",\"action\":\"stop\"}]", true));
        assertThat(recording.getJsonObject("recordingControl").getBoolean("mixAnnouncements"))
                .as("the switch played the prompts in-band").isFalse();
        assertThat(recording.getJsonArray("announcementCues")).isEmpty();
        assertThat(recording.getJsonObject("recordingControl").getInt("ignoredNotAllowed")).isEqualTo(1);
        assertThat(recording.getJsonArray("spans")).hasSize(1);
        assertThat(recording.getJsonArray("spans").getJsonObject(0).getString("startedBy")).isEqualTo("auto");
        assertThat(recording.getJsonArray("spans").getJsonObject(0).getString("end")).isEqualTo("2026-11-26T10:00:03Z");
    }

    @Test
    void malformedControlEventIsA400NamingItAndNothingIsStored() {
        long before = ApiClient.json(api().get("recordings?limit=1").body()).getJsonNumber("total").longValue();
        HttpResponse<String> refused = api().postCall(callJson("any", "incoming",
                "[{\"at\":\"2026-11-26T10:00:01Z\",\"action\":\"pause\"}]"), Captures.twoLegCall());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused.body()).getString("error"))
                .isEqualTo("field 'controlEvents[0].action' must be 'start' or 'stop', not 'pause'");
        assertThat(ApiClient.json(api().get("recordings?limit=1").body()).getJsonNumber("total").longValue()).isEqualTo(before);
    }

    private String transferredCall(String b, String lastLeg) {
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","customerId":"it-transfer",
                 "callingNumber":"14155550100","calledNumber":"14155550199","direction":"incoming",
                 "connectTime":"2026-11-26T10:00:00Z","disconnectTime":"2026-11-26T10:00:03Z",
                 "controlEvents":[{"at":"2026-11-26T10:00:00.500Z","action":"start","source":"*44"}],
                 "legs":[{"id":"ab","kind":"direct","partyA":"A","partyB":"%s","start":"2026-11-26T10:00:00Z","end":"2026-11-26T10:00:01.500Z"},
                         {"id":"bc","kind":"consultation","partyA":"%s","partyB":"C","start":"2026-11-26T10:00:01Z","end":"2026-11-26T10:00:01.500Z"},
                         %s]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), b, b, b, lastLeg.replace("$B", b));
    }

    private static final String TRANSFERRED_TO_C = """
            {"id":"ac","kind":"transferred","partyA":"A","partyB":"C","start":"2026-11-26T10:00:01.500Z",
             "end":"2026-11-26T10:00:03Z","handedOverBy":"$B"}""";

    private static final String RETRIEVED_BY_C = """
            {"id":"ac","kind":"retrieved","partyA":"A","partyB":"C","start":"2026-11-26T10:00:02Z",
             "end":"2026-11-26T10:00:03Z","handedOverBy":"$B"}""";

    private String onDemandAccount(boolean autoRecordRedirected) {
        String account = unique("acct");
        put("accounts/" + account, "{\"customer\":\"" + customer() + "\",\"product\":\""
                + product("{\"allowManualStartStop\":true,\"autoRecordRedirected\":" + autoRecordRedirected + "}", false)
                + "\"}", 201);
        return account;
    }

    private static java.util.List<String> spans(JsonObject recording) {
        return recording.getJsonArray("spans").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("leg") + " " + s.getString("start") + ".." + s.getString("end")).toList();
    }

    @Test
    void transferorWithAutoRecordRedirectedKeepsBothConversationsInOneRecording() {
        String b = onDemandAccount(true);
        JsonObject recording = postAndRead(transferredCall(b, TRANSFERRED_TO_C));
        assertThat(spans(recording)).containsExactly(
                "ab 2026-11-26T10:00:00.500Z..2026-11-26T10:00:01.500Z",
                "ac 2026-11-26T10:00:01.500Z..2026-11-26T10:00:03Z");
        assertThat(recording.getJsonArray("spans").getJsonObject(0).getString("parties")).isEqualTo("A–" + b);
    }

    @Test
    void transferorWithoutAutoRecordRedirectedKeepsOnlyItsOwnConversation() {
        String b = onDemandAccount(false);
        JsonObject recording = postAndRead(transferredCall(b, TRANSFERRED_TO_C));
        assertThat(spans(recording)).containsExactly("ab 2026-11-26T10:00:00.500Z..2026-11-26T10:00:01.500Z");
        assertThat(recording.getJsonArray("ownershipNotes").getString(0))
                .isEqualTo(b + " transferred A–C without auto record redirected calls");
    }

    @Test
    void parkedCallRetrievedElsewhereLeavesTheParkerOnlyItsConversation() {
        String b = onDemandAccount(true);
        JsonObject recording = postAndRead(transferredCall(b,
                "{\"id\":\"park\",\"kind\":\"parked\",\"partyA\":\"A\",\"start\":\"2026-11-26T10:00:01.500Z\","
                        + "\"end\":\"2026-11-26T10:00:02Z\",\"handedOverBy\":\"$B\"}," + RETRIEVED_BY_C));
        assertThat(spans(recording)).containsExactly("ab 2026-11-26T10:00:00.500Z..2026-11-26T10:00:01.500Z");
        assertThat(recording.getJsonArray("xdrs")).hasSize(1);
        assertThat(recording.getJsonArray("xdrs").getJsonObject(0).getString("accountId")).isEqualTo(b);
    }
}
