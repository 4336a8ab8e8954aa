package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, web events: a real HTTP receiver on a free loopback port (allowed through
 * WebEvents.AllowedHosts). Every request's signature verifies with the handler's secret; a receiver
 * failing for a while gets every event in feed order once it recovers, repeats only with the same id;
 * the handler shows FAILING meanwhile and OK after; a customer's handler hears nothing of a recording kept
 * "to myself only" while an admin's does; an event's audio URL plays; the attempts are listed and an
 * event is replayed; URLs outside the allow-list are refused.
 */
class WebEventsIT extends DeployedEar {

    private static EventReceiver receiver;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String secret = "whsec-" + UUID.randomUUID();

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new EventReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void allowTheReceiver() {
        boolean mail = ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled");
        HttpResponse<String> put = api().put("settings", "{\"RecordsDelivery.Enabled\":" + mail
                + ",\"WebEvents.AllowedHosts\":\"127.0.0.1\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(ApiClient.json(put.body()).getString("WebEvents.AllowedHosts")).isEqualTo("127.0.0.1");
    }

    @Test
    void aFailingReceiverGetsEveryEventSignedAndInOrderOnceItRecovers() throws Exception {
        String customer = customer();
        String path = "/crm-" + suffix;
        receiver.fail(path, true);
        register(api(), "h-" + suffix, receiver.url(path), customer);
        long first = postCall(customer, Captures.twoLegCall());
        long failed = postCall(customer, Captures.signallingOnly());
        long third = postCall(customer, Captures.twoLegCall());
        for (long id : new long[] {first, failed, third}) {
            awaitFinal(id);
        }
        await("the handler counts as FAILING", () -> handler("h-" + suffix).getString("state").equals("FAILING"));
        assertThat(receiver.at(path)).as("tried again and again").hasSizeGreaterThan(2);
        receiver.fail(path, false);
        await("all three delivered", () -> accepted(path).size() == 3);
        await("the handler is OK again", () -> handler("h-" + suffix).getString("state").equals("OK"));

        Map<Long, Long> eventOfRecording = new LinkedHashMap<>();
        long lastId = 0;
        for (EventReceiver.Received r : receiver.at(path)) {
            verifySignature(r);
            JsonObject event = ApiClient.json(r.body());
            long id = event.getJsonNumber("id").longValue();
            long recording = event.getJsonObject("data").getJsonNumber("recordingId").longValue();
            assertThat(id).as("in feed order").isGreaterThanOrEqualTo(lastId);
            lastId = id;
            Long known = eventOfRecording.putIfAbsent(recording, id);
            assertThat(known == null ? id : known).as("a repeat has the same id").isEqualTo(id);
        }
        assertThat(eventOfRecording.keySet()).containsExactlyInAnyOrder(first, failed, third);
        Map<Long, String> types = new LinkedHashMap<>();
        for (EventReceiver.Received r : accepted(path)) {
            JsonObject event = ApiClient.json(r.body());
            types.put(event.getJsonObject("data").getJsonNumber("recordingId").longValue(), event.getString("type"));
        }
        assertThat(types).containsEntry(first, "NewCallRecordingIsAvailable").containsEntry(third, "NewCallRecordingIsAvailable")
                .containsEntry(failed, "CallRecordingFailed");
        JsonObject failedEvent = ApiClient.json(accepted(path).stream().filter(r -> r.body().contains("CallRecordingFailed"))
                .findFirst().orElseThrow().body()).getJsonObject("data");
        assertThat(failedEvent.getString("state")).isEqualTo("FAILED");
        assertThat(failedEvent.getString("reasonCode")).isNotBlank();
        assertThat(failedEvent.containsKey("audioUrl")).isFalse();

        JsonObject page = ApiClient.json(api().get("event-handlers/h-" + suffix + "/deliveries?limit=2").body());
        assertThat(page.getJsonArray("items")).hasSize(2);
        long next = page.getJsonNumber("next").longValue();
        List<JsonObject> all = new ArrayList<>(page.getJsonArray("items").getValuesAs(JsonObject.class));
        all.addAll(ApiClient.json(api().get("event-handlers/h-" + suffix + "/deliveries?limit=1000&after=" + next).body())
                .getJsonArray("items").getValuesAs(JsonObject.class));
        assertThat(all).hasSize(receiver.at(path).size());
        assertThat(all).anySatisfy(d -> assertThat(d.getInt("status")).isEqualTo(500))
                .anySatisfy(d -> assertThat(d.getInt("status")).isEqualTo(200));
        assertThat(all.get(all.size() - 1).getString("reply")).isEqualTo("down for maintenance");

        long firstEvent = eventOfRecording.get(first);
        HttpResponse<String> replay = api().post("event-handlers/h-" + suffix + "/deliveries/" + firstEvent + "/replay");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(ApiClient.json(replay.body()).getInt("status")).isEqualTo(200);
        assertThat(ApiClient.json(replay.body()).getBoolean("replay")).isTrue();
        EventReceiver.Received again = receiver.at(path).get(receiver.at(path).size() - 1);
        verifySignature(again);
        assertThat(ApiClient.json(again.body()).getJsonNumber("id").longValue()).isEqualTo(firstEvent);
        assertThat(ApiClient.json(api().get("event-handlers/h-" + suffix + "/deliveries?limit=1").body())
                .getJsonArray("items").getJsonObject(0).getBoolean("replay")).isTrue();
        assertThat(api().post("event-handlers/h-" + suffix + "/deliveries/999999999/replay").statusCode()).isEqualTo(404);
    }

    @Test
    void aCustomersHandlerHearsNothingOfAHiddenRecordingWhileAnAdminsDoesAndTheAudioUrlPlays() throws Exception {
        String customer = customer();
        String hidden = account(customer, "{\"showToMyselfOnly\":\"on\"}");
        String shown = account(customer, "{}");
        String login = "u-" + customer;
        HttpResponse<String> user = api().put("users/" + login, "{\"role\":\"customer\",\"customer\":\"" + customer
                + "\",\"password\":\"pw-" + login + "-long\"}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        ApiClient customerUser = api().anonymous().as(login, "pw-" + login + "-long");
        String customerPath = "/customer-" + suffix;
        String adminPath = "/admin-" + suffix;
        JsonObject registered = register(customerUser, "c-" + suffix, receiver.url(customerPath), null);
        assertThat(registered.getString("customer")).as("forced to the user's customer").isEqualTo(customer);
        assertThat(registered.getString("secret")).isEqualTo("set");
        register(api(), "a-" + suffix, receiver.url(adminPath), null);

        long hiddenRecording = postCall(customer, hidden, Captures.twoLegCall());
        long shownRecording = postCall(customer, shown, Captures.twoLegCall());
        awaitFinal(hiddenRecording);
        awaitFinal(shownRecording);
        await("the admin's handler got both", () -> recordingsAt(adminPath).containsAll(List.of(hiddenRecording, shownRecording)));
        long hiddenEvent = accepted(adminPath).stream().map(r -> ApiClient.json(r.body()))
                .filter(e -> e.getJsonObject("data").getJsonNumber("recordingId").longValue() == hiddenRecording)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        await("the customer's handler is past the hidden event and has the shown one",
                () -> handler("c-" + suffix).getJsonNumber("deliveredUpTo").longValue() >= hiddenEvent
                        && recordingsAt(customerPath).contains(shownRecording));
        assertThat(recordingsAt(customerPath)).containsExactly(shownRecording);
        assertThat(receiver.at(customerPath)).allSatisfy(this::verifySignature);

        JsonObject data = ApiClient.json(accepted(customerPath).get(0).body()).getJsonObject("data");
        assertThat(data.getString("customer")).isEqualTo(customer);
        assertThat(data.getString("account")).isEqualTo(shown);
        assertThat(data.getString("callingNumber")).isEqualTo("14155550100");
        assertThat(data.getString("direction")).isEqualTo("outgoing");
        String audioUrl = data.getString("audioUrl");
        String rootRelative = audioUrl.substring(audioUrl.indexOf("/api/"));
        HttpResponse<byte[]> played = api().anonymous().getAbsolute(rootRelative);
        assertThat(played.statusCode()).isEqualTo(200);
        assertThat(played.headers().firstValue("Content-Type").orElse("")).startsWith("audio/");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(played.body())))
                .isEqualTo(data.getString("sha256"));

        assertThat(customerUser.get("event-handlers/a-" + suffix).statusCode()).as("the admin's handler").isEqualTo(404);
        assertThat(ApiClient.json(customerUser.get("event-handlers").body()).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("id")).containsExactly("c-" + suffix);
        assertThat(api().delete("event-handlers/a-" + suffix).statusCode()).isEqualTo(204);
        assertThat(api().get("event-handlers/a-" + suffix).statusCode()).isEqualTo(404);
    }

    @Test
    void urlsOutsideTheAllowListAndOtherSchemesAreRefusedWithTheReason() {
        String customer = customer();
        String body = "{\"secret\":\"" + secret + "\",\"events\":[\"NewCallRecordingIsAvailable\"],\"url\":\"%s\"}";
        HttpResponse<String> outside = api().put("event-handlers/r-" + suffix, body.formatted("http://10.1.2.3/hook"));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(outside.body()).getString("error"))
                .contains("'10.1.2.3' is not in the allow-list WebEvents.AllowedHosts");
        HttpResponse<String> ftp = api().put("event-handlers/r-" + suffix, body.formatted("ftp://127.0.0.1/hook"));
        assertThat(ApiClient.json(ftp.body()).getString("error")).contains("must be http or https");
        HttpResponse<String> unknown = api().put("event-handlers/r-" + suffix,
                "{\"secret\":\"" + secret + "\",\"events\":[\"Nope\"],\"url\":\"" + receiver.url("/x") + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown.body()).getString("error")).contains("unknown event type 'Nope'");
        assertThat(api().get("event-handlers/r-" + suffix).statusCode()).as("nothing was stored").isEqualTo(404);
        String other = customer();
        String login = "u-" + customer;
        api().put("users/" + login, "{\"role\":\"customer\",\"customer\":\"" + customer + "\",\"password\":\"pw-" + login + "-long\"}");
        HttpResponse<String> foreign = api().anonymous().as(login, "pw-" + login + "-long").put("event-handlers/f-" + suffix,
                "{\"secret\":\"" + secret + "\",\"events\":[\"NewCallRecordingIsAvailable\"],\"url\":\"" + receiver.url("/x")
                        + "\",\"customer\":\"" + other + "\"}");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
    }

    /** Checks the Callrec-Signature header as a receiver would: HMAC-SHA256 of "t.body" with the secret. */
    private void verifySignature(EventReceiver.Received r) {
        try {
            String[] parts = r.signature().split(",");
            assertThat(parts[0]).startsWith("t=");
            assertThat(parts[1]).startsWith("v1=");
            String t = parts[0].substring(2);
            assertThat(Long.parseLong(t)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(600L));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
            assertThat(parts[1].substring(3)).as("signature of " + r.body()).isEqualTo(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private JsonObject register(ApiClient as, String id, String url, String customer) {
        HttpResponse<String> put = as.put("event-handlers/" + id, "{\"url\":\"" + url + "\",\"secret\":\"" + secret
                + "\",\"events\":[\"NewCallRecordingIsAvailable\",\"CallRecordingFailed\"]"
                + (customer == null ? "" : ",\"customer\":\"" + customer + "\"") + "}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        return ApiClient.json(put.body());
    }

    private JsonObject handler(String id) {
        return ApiClient.json(api().get("event-handlers/" + id).body());
    }

    private static List<EventReceiver.Received> accepted(String path) {
        return receiver.at(path).stream().filter(r -> r.answered() == 200).toList();
    }

    private static List<Long> recordingsAt(String path) {
        return accepted(path).stream().map(r -> ApiClient.json(r.body()).getJsonObject("data")
                .getJsonNumber("recordingId").longValue()).distinct().toList();
    }

    /** A customer with a recording product; its first account has the customer's id, more with {@link #account}. */
    private String customer() {
        String id = "we-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().put("customers/" + id, "{\"name\":\"web events\"}"));
        ok(api().put("products/" + id, "{\"name\":\"rec\",\"callRecording\":{\"autoRecordOutgoing\":true}}"));
        ok(api().put("accounts/" + id, "{\"customer\":\"" + id + "\",\"product\":\"" + id + "\"}"));
        return id;
    }

    private String account(String customer, String serviceConfiguration) {
        String id = customer + "-" + UUID.randomUUID().toString().substring(0, 4);
        ok(api().put("accounts/" + id, "{\"customer\":\"" + customer + "\",\"product\":\"" + customer
                + "\",\"serviceConfiguration\":" + serviceConfiguration + "}"));
        return id;
    }

    private long postCall(String account, byte[] capture) {
        return postCall(account, account, capture);
    }

    private long postCall(String customer, String account, byte[] capture) {
        HttpResponse<String> posted = api().postCall(callJson(customer, Instant.now().minus(Duration.ofHours(1)), account,
                "outgoing"), capture);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return ApiClient.json(posted.body()).getJsonNumber("recordingId").longValue();
    }
}
