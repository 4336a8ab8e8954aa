package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A small world for access tests, with ids of its own: customers A and B; accounts "owner" and
 * "colleague" of A and "other" of B, all recording outgoing calls, "owner" with an access role that
 * lets its end user turn "show the call recording to myself only" on; a custom field of accounts and
 * customers; a user for each principal of
 * the matrix; and one AVAILABLE recording of the owner's outgoing call, posted by the switch
 * with its API token.
 */
final class AccessWorld {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String customerA = "acc-a-" + suffix;
    final String customerB = "acc-b-" + suffix;
    final String owner = "owner-" + suffix;
    final String colleague = "colleague-" + suffix;
    final String other = "other-" + suffix;
    final String switchLogin = "switch-" + suffix;
    /** A custom field of accounts and customers. */
    final String customField = "Matrix_" + suffix;

    final ApiClient admin;
    ApiClient anonymous;
    ApiClient switchToken;
    ApiClient ownerUser;
    ApiClient colleagueUser;
    ApiClient customerUser;
    ApiClient otherCustomerUser;
    ApiClient otherAccountUser;
    String token;
    long recording;
    String h323ConfId;
    long xdrId;

    private AccessWorld(ApiClient admin) {
        this.admin = admin;
    }

    static AccessWorld create(ApiClient admin) throws InterruptedException {
        AccessWorld w = new AccessWorld(admin);
        w.build();
        return w;
    }

    String password(String login) {
        return "pw-" + login + "-long-enough";
    }

    private void build() throws InterruptedException {
        ok(admin.put("customers/" + customerA, "{\"name\":\"A\"}"));
        ok(admin.put("customers/" + customerB, "{\"name\":\"B\"}"));
        String product = "rec-" + suffix;
        ok(admin.put("products/" + product, "{\"name\":\"rec\",\"callRecording\":{\"autoRecordOutgoing\":true}}"));
        String role = "trusted-" + suffix;
        ok(admin.put("access-roles/" + role, "{\"name\":\"trusted\",\"permissions\":{\"showToMyselfOnly\":[\"view\",\"modify\"],"
                + "\"autoRecordRedirected\":[\"view\",\"modify\"]}}"));
        ok(admin.put("accounts/" + owner, account(customerA, product, role)));
        ok(admin.put("accounts/" + colleague, account(customerA, product, role)));
        ok(admin.put("accounts/" + other, account(customerB, product, role)));
        ok(admin.put("custom-fields/" + customField, "{\"appliesTo\":[\"ACCOUNT\",\"CUSTOMER\"]}"));
        anonymous = admin.anonymous();
        ownerUser = user("u-" + owner, "{\"role\":\"account\",\"account\":\"" + owner + "\"");
        colleagueUser = user("u-" + colleague, "{\"role\":\"account\",\"account\":\"" + colleague + "\"");
        otherAccountUser = user("u-" + other, "{\"role\":\"account\",\"account\":\"" + other + "\"");
        customerUser = user("u-" + customerA, "{\"role\":\"customer\",\"customer\":\"" + customerA + "\"");
        otherCustomerUser = user("u-" + customerB, "{\"role\":\"customer\",\"customer\":\"" + customerB + "\"");
        user(switchLogin, "{\"role\":\"switch\"");
        HttpResponse<String> issued = admin.post("users/" + switchLogin + "/tokens", "{\"name\":\"matrix\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        token = ApiClient.json(issued.body()).getString("token");
        switchToken = admin.anonymous().bearer(token);

        String call = DeployedEar.callJson(customerA, Instant.now().minus(Duration.ofHours(1)), owner, "outgoing");
        h323ConfId = ApiClient.json(call).getString("h323ConfId");
        HttpResponse<String> posted = switchToken.postCall(call, Captures.twoLegCall());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        recording = ApiClient.json(posted.body()).getJsonNumber("recordingId").longValue();
        xdrId = ApiClient.json(posted.body()).getJsonNumber("xdrId").longValue();
        awaitAvailable();
    }

    private void awaitAvailable() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonObject r = ApiClient.json(admin.get("recordings/" + recording).body());
            if (r.getString("state").equals("AVAILABLE")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("recording " + recording + " did not become AVAILABLE");
    }

    /** What the owner chose last: "show the call recording to myself only" is on. */
    private boolean ownerPrivate;

    boolean ownerPrivate() {
        return ownerPrivate;
    }

    /** The owner's end user turns "show the call recording to myself only" on or off (its role allows it). */
    void ownerKeepsRecordingsPrivate(boolean on) {
        ownerPrivate = on;
        HttpResponse<String> changed = ownerUser.put("accounts/" + owner + "/self-service",
                "{\"showToMyselfOnly\":\"" + (on ? "on" : "off") + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ApiClient.json(changed.body()).getJsonObject("attributes").getJsonObject("showToMyselfOnly")
                .getBoolean("effective")).isEqualTo(on);
    }

    private static String account(String customer, String product, String role) {
        return "{\"customer\":\"" + customer + "\",\"product\":\"" + product + "\",\"accessRole\":\"" + role + "\"}";
    }

    private ApiClient user(String login, String partialJson) {
        ok(admin.put("users/" + login, partialJson + ",\"password\":\"" + password(login) + "\"}"));
        return admin.anonymous().as(login, password(login));
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(200, 201);
    }
}
