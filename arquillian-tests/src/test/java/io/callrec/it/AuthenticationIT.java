package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Authentication on the real server: bad and malformed credentials, the failed-login lock, switch
 * tokens and their revocation, signed play links that are tampered, expired or outlive their user,
 * users and passwords, and the audit log. Every refusal is a JSON 401/403, and a refused request is
 * shown to have changed nothing by reading the state back.
 */
class AuthenticationIT extends DeployedEar {

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String password(String login) {
        return "pw-" + login + "-long-enough";
    }

    /** A switch user made by the admin; returns its login. */
    private String switchUser() {
        String login = unique("sw");
        HttpResponse<String> made = api().put("users/" + login, "{\"role\":\"switch\",\"password\":\"" + password(login) + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return login;
    }

    private static void assertRefused(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(ApiClient.json(response.body()).getString("error")).isEqualTo(error);
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        String login = switchUser();
        HttpResponse<String> wrongPassword = api().as(login, "not-the-password").get("users/me");
        HttpResponse<String> unknownLogin = api().as(unique("nobody"), password(login)).get("users/me");
        assertRefused(wrongPassword, 401, "invalid credentials");
        assertRefused(unknownLogin, 401, "invalid credentials");
        assertThat(wrongPassword.body()).isEqualTo(unknownLogin.body());
        assertThat(wrongPassword.headers().allValues("WWW-Authenticate"))
                .anySatisfy(h -> assertThat(h).startsWith("Basic realm=\"callrec\""))
                .anySatisfy(h -> assertThat(h).startsWith("Bearer realm=\"callrec\""));
        assertRefused(api().anonymous().get("recordings/1/audio"), 401, "authentication required");
        assertThat(wrongPassword.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
        assertThat(api().get("users/me").headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void malformedAuthorizationHeadersAreRefusedWithTheReason() {
        String base64NoColon = Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8));
        for (String header : List.of("Basic", "Basic !!!", "Basic " + base64NoColon, "Digest username=\"x\"",
                "Bearer only-one-part", "Bearer a.b.c", "Negotiate abc")) {
            HttpResponse<String> refused = api().withAuthorization(header).get("users/me");
            assertThat(refused.statusCode()).as(header).isEqualTo(401);
            assertThat(ApiClient.json(refused.body()).getString("error")).as(header).startsWith("malformed Authorization header: ");
        }
    }

    @Test
    void aRefusedRequestChangesNothing() {
        String product = unique("prod");
        String customer = unique("cust");
        long recordingsBefore = total();
        assertRefused(api().as("it-admin", "wrong-password-1").put("products/" + product, "{\"name\":\"x\"}"), 401,
                "invalid credentials");
        assertRefused(api().anonymous().put("customers/" + customer + "/retention", "{\"days\":1}"), 401,
                "authentication required");
        assertThat(api().withAuthorization("Basic !!").post("maintenance/retention-purge").statusCode()).isEqualTo(401);
        assertRefused(api().anonymous().postCall(callJson(customer), Captures.twoLegCall()), 401, "authentication required");
        String sw = switchUser();
        assertRefused(api().as(sw, password(sw)).put("products/" + product, "{\"name\":\"x\"}"), 403,
                "this requires the role admin; '" + sw + "' is switch");

        assertThat(api().get("products/" + product).statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api().get("customers/" + customer + "/retention").body()).getString("source"))
                .isEqualTo("default");
        assertThat(total()).isEqualTo(recordingsBefore);
        assertThat(ApiClient.json(api().get("audit?limit=1000").body()).getJsonArray("items").getValuesAs(JsonObject.class))
                .noneSatisfy(e -> assertThat(e.getString("subjectId", "")).isIn(product, customer));
    }

    @Test
    void fiveFailedLoginsLockTheLoginForThatAddressEvenForTheRightPasswordUntilAnAdminSetsANewOne() {
        String login = switchUser();
        for (int i = 0; i < 5; i++) {
            assertRefused(api().as(login, "wrong-password-" + i).get("users/me"), 401, "invalid credentials");
        }
        HttpResponse<String> locked = api().as(login, password(login)).get("users/me");
        assertRefused(locked, 401, "invalid credentials");
        for (int i = 0; i < 60; i++) {
            assertRefused(api().as(login, "still-guessing-" + i).get("users/me"), 401, "invalid credentials");
        }
        JsonObject user = ApiClient.json(api().get("users/" + login).body());
        assertThat(user).as("one address, however often it tries, does not lock the login for its owner elsewhere")
                .doesNotContainKey("lockedUntil");

        String fresh = "a-new-password-" + login;
        assertThat(api().put("users/" + login, "{\"role\":\"switch\",\"password\":\"" + fresh + "\"}").statusCode()).isEqualTo(200);
        assertThat(api().as(login, fresh).get("users/me").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api().get("users/" + login).body())).doesNotContainKey("lockedUntil");
    }

    @Test
    void aTokenWorksUntilItIsRevokedAndThenPostsNothing() {
        String login = switchUser();
        HttpResponse<String> issued = api().post("users/" + login + "/tokens", "{\"name\":\"sbc-1\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject token = ApiClient.json(issued.body());
        ApiClient sbc = api().anonymous().bearer(token.getString("token"));
        JsonObject me = ApiClient.json(sbc.get("users/me").body());
        assertThat(me.getString("login")).isEqualTo(login);
        assertThat(me.getString("role")).isEqualTo("switch");
        JsonObject listed = ApiClient.json(api().get("users/" + login + "/tokens").body()).getJsonArray("items").getJsonObject(0);
        assertThat(listed.getString("id")).isEqualTo(token.getString("id"));
        assertThat(listed.toString()).doesNotContain(token.getString("token").substring(token.getString("id").length() + 1));
        assertThat(listed.getString("lastUsedAt")).isNotBlank();

        assertThat(api().delete("users/" + login + "/tokens/" + token.getString("id")).statusCode()).isEqualTo(204);
        long before = total();
        assertRefused(sbc.get("users/me"), 401, "invalid credentials");
        assertRefused(sbc.postCall(callJson(unique("revoked")), Captures.twoLegCall()), 401, "invalid credentials");
        assertThat(total()).isEqualTo(before);
        assertThat(ApiClient.json(api().get("users/" + login + "/tokens").body()).getJsonArray("items").getJsonObject(0)
                .getBoolean("revoked")).isTrue();
        HttpResponse<String> wrongSecret = api().anonymous().bearer(token.getString("id") + ".AAAA").get("users/me");
        assertRefused(wrongSecret, 401, "invalid credentials");
    }

    @Test
    void tokensAreOnlyForSwitchUsersAndDieWhenTheirUserStopsBeingOne() {
        String customer = unique("cust");
        assertThat(api().put("customers/" + customer, "{\"name\":\"C\"}").statusCode()).isEqualTo(201);
        String login = switchUser();
        String token = ApiClient.json(api().post("users/" + login + "/tokens", "{}").body()).getString("token");
        assertThat(api().anonymous().bearer(token).get("users/me").statusCode()).isEqualTo(200);

        assertThat(api().put("users/" + login, "{\"role\":\"customer\",\"customer\":\"" + customer + "\"}").statusCode())
                .isEqualTo(200);
        assertRefused(api().anonymous().bearer(token).get("users/me"), 401, "invalid credentials");
        HttpResponse<String> refused = api().post("users/" + login + "/tokens", "{}");
        assertRefused(refused, 409, "user '" + login + "' has the role customer; API tokens are only for switch users");
        assertThat(api().as(login, password(login)).get("users/me").statusCode()).as("the password is kept").isEqualTo(200);
    }

    @Test
    void tamperedAndExpiredPlayLinksAre403AndTheGoodOneServesRanges() throws Exception {
        long id = post(callJson(unique("links")), Captures.twoLegCall());
        assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");
        String url = ApiClient.json(api().get("recordings/" + id + "/play-url").body()).getString("playUrl");
        ApiClient browser = api().anonymous();
        assertThat(browser.getAbsolute(url, "bytes=0-43").statusCode()).isEqualTo(206);

        String sig = url.substring(url.indexOf("&sig=") + 5);
        String flipped = url.replace("&sig=" + sig, "&sig=" + (sig.charAt(0) == 'A' ? 'B' : 'A') + sig.substring(1));
        assertPlayRefused(browser, flipped, "the play link is not valid");
        assertPlayRefused(browser, url.replace("u=it-admin", "u=someone-else"), "the play link is not valid");
        assertPlayRefused(browser, url.replaceFirst("&exp=(\\d+)", "&exp=9$1"), "the play link is not valid");
        assertPlayRefused(browser, url.replace("/recordings/" + id + "/", "/recordings/" + (id + 1) + "/"),
                "the play link is not valid");
        long past = System.currentTimeMillis() / 1000 - 60;
        String expired = "/api/v1/recordings/" + id + "/audio?u=it-admin&exp=" + past + "&sig=" + sign(id, "it-admin", past);
        assertPlayRefused(browser, expired, "the play link has expired");
        HttpResponse<byte[]> noSignature = browser.getAbsolute("/api/v1/recordings/" + id + "/audio?u=it-admin");
        assertThat(noSignature.statusCode()).isEqualTo(401);
    }

    @Test
    void aDeletedUsersPlayLinksStopWorking() throws Exception {
        long id = post(callJson(unique("deleted")), Captures.twoLegCall());
        assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");
        String login = unique("adm");
        assertThat(api().put("users/" + login, "{\"role\":\"admin\",\"password\":\"" + password(login) + "\"}").statusCode())
                .isEqualTo(201);
        String url = ApiClient.json(api().as(login, password(login)).get("recordings/" + id + "/play-url").body())
                .getString("playUrl");
        assertThat(api().anonymous().getAbsolute(url).statusCode()).isEqualTo(200);

        assertThat(api().delete("users/" + login).statusCode()).isEqualTo(204);
        assertPlayRefused(api().anonymous(), url, "the play link's user may no longer play this recording");
        assertThat(api().get("users/" + login).statusCode()).isEqualTo(404);
    }

    @Test
    void usersAreValidatedNamingTheFieldAndNothingIsCreatedOnError() {
        String login = unique("user");
        assertRefused(api().put("users/" + login, "{\"role\":\"customer\",\"password\":\"" + password(login) + "\"}"),
                400, "field 'customer' is required for the role customer");
        assertRefused(api().put("users/" + login, "{\"role\":\"customer\",\"customer\":\"no-such\",\"password\":\""
                + password(login) + "\"}"), 400, "field 'customer' refers to no customer with id 'no-such'");
        assertRefused(api().put("users/" + login, "{\"role\":\"account\",\"account\":\"no-such\",\"password\":\""
                + password(login) + "\"}"), 400, "field 'account' refers to no account with id 'no-such'");
        assertRefused(api().put("users/" + login, "{\"role\":\"root\",\"password\":\"" + password(login) + "\"}"),
                400, "field 'role' must be one of admin, customer, account, switch, not 'root'");
        assertRefused(api().put("users/" + login, "{\"role\":\"switch\",\"password\":\"short\"}"),
                400, "field 'password' must be at least 10 characters long");
        assertRefused(api().put("users/" + login, "{\"role\":\"switch\"}"), 400, "field 'password' is required");
        assertRefused(api().put("users/" + login, "{\"role\":\"switch\",\"customer\":\"x\",\"password\":\""
                + password(login) + "\"}"), 400, "field 'customer' goes only with the role customer");
        assertThat(api().get("users/" + login).statusCode()).isEqualTo(404);
    }

    @Test
    void aUserChangesItsOwnPasswordOnlyWithTheCurrentOne() {
        String login = switchUser();
        ApiClient me = api().as(login, password(login));
        assertRefused(me.put("users/me/password", "{\"current\":\"not-it-at-all\",\"new\":\"another-password-1\"}"), 403,
                "the current password is wrong");
        assertRefused(me.put("users/me/password", "{\"current\":\"" + password(login) + "\",\"new\":\"short\"}"), 400,
                "field 'new' must be at least 10 characters long");
        assertThat(me.get("users/me").statusCode()).as("still the old password").isEqualTo(200);
        assertThat(me.put("users/me/password", "{\"current\":\"" + password(login) + "\",\"new\":\"another-password-1\"}")
                .statusCode()).isEqualTo(204);
        assertThat(me.get("users/me").statusCode()).isEqualTo(401);
        assertThat(api().as(login, "another-password-1").get("users/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theLastAdminCanBeNeitherDeletedNorDemoted() {
        long admins = ApiClient.json(api().get("users?limit=1000").body()).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("role").equals("admin")).count();
        Assumptions.assumeTrue(admins == 1, "another admin exists right now");
        assertRefused(api().delete("users/it-admin"), 409,
                "'it-admin' is the last admin and cannot be deleted; make another admin first");
        String customer = unique("cust");
        api().put("customers/" + customer, "{\"name\":\"C\"}");
        assertThat(api().put("users/it-admin", "{\"role\":\"customer\",\"customer\":\"" + customer + "\"}").statusCode())
                .isEqualTo(409);
        assertThat(ApiClient.json(api().get("users/me").body()).getString("role")).isEqualTo("admin");
    }

    @Test
    void aCrossSiteWriteIsRefusedAndChangesNothing() {
        long lastAudit = lastAuditId();
        assertThat(api().withHeader("Origin", api().origin()).post("maintenance/reconciliation").statusCode())
                .as("a page of this server").isEqualTo(200);
        long afterAllowed = lastAuditId();
        assertThat(afterAllowed).isGreaterThan(lastAudit);
        HttpResponse<String> crossSite = api().withHeader("Origin", "https://evil.example").post("maintenance/reconciliation");
        assertRefused(crossSite, 403, "a cross-site request that changes something is refused");
        assertThat(lastAuditId()).isEqualTo(afterAllowed);
    }

    @Test
    void theAuditLogHasEveryPlayAndChangeAndNoSecret() throws Exception {
        String login = switchUser();
        long id = post(callJson(unique("audit")), Captures.twoLegCall());
        assertThat(awaitFinal(id).getString("state")).isEqualTo("AVAILABLE");
        assertThat(api().getBytes("recordings/" + id + "/audio", "bytes=0-43").statusCode()).isEqualTo(206);
        String url = ApiClient.json(api().get("recordings/" + id + "/play-url").body()).getString("playUrl");
        assertThat(api().anonymous().getAbsolute(url).statusCode()).isEqualTo(200);

        List<JsonObject> plays = ApiClient.json(api().get("audit?recording=" + id).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(plays).hasSize(2);
        assertThat(plays.get(0).getString("via")).isEqualTo("signed-link");
        assertThat(plays.get(0).getString("range")).isEqualTo("full");
        assertThat(plays.get(1).getString("via")).isEqualTo("credentials");
        assertThat(plays.get(1).getString("range")).isEqualTo("bytes=0-43");
        assertThat(plays).allSatisfy(p -> {
            assertThat(p.getString("user")).isEqualTo("it-admin");
            assertThat(p.getString("action")).isEqualTo("play");
            assertThat(p.getString("remoteAddress")).isNotBlank();
        });
        String changes = api().get("audit?user=it-admin&limit=1000").body();
        assertThat(changes).contains("\"subjectId\":\"" + login + "\"").doesNotContain(password(login));
        assertThat(api().get("users").body()).doesNotContain(password(login)).doesNotContain("hash").doesNotContain("salt");
        assertThat(api().as(login, password(login)).get("audit").statusCode()).isEqualTo(403);
    }

    private static void assertPlayRefused(ApiClient browser, String url, String error) {
        HttpResponse<byte[]> refused = browser.getAbsolute(url);
        assertThat(refused.statusCode()).as(url).isEqualTo(403);
        assertThat(ApiClient.json(new String(refused.body(), StandardCharsets.UTF_8)).getString("error")).isEqualTo(error);
    }

    /** A play link signed as the server signs it, with the test server's secret (arquillian.xml). */
    private static String sign(long id, String login, long expires) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(System.getProperty("callrec.it.link-secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] raw = mac.doFinal(("callrec-play-v1\n" + id + "\n" + login + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private long total() {
        return ApiClient.json(api().get("recordings?limit=1").body()).getJsonNumber("total").longValue();
    }

    private long lastAuditId() {
        return ApiClient.json(api().get("audit?limit=1").body()).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }
}
