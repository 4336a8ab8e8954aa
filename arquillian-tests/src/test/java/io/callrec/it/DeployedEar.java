package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: deploys the real EAR (as built) into the provisioned WildFly and
 * drives it over HTTP as the switch, a browser or an operator would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedEar {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("callrec.ear.file")));
    }

    @ArquillianResource
    URL deployment;

    /** The API as the test server's admin (every existing test acts as the operator and the switch at once). */
    ApiClient api() {
        return ApiClient.admin(deployment);
    }

    /** A call that ended an hour ago, well inside any retention. */
    static String callJson(String customerId) {
        return callJson(customerId, Instant.now().minus(Duration.ofHours(1)));
    }

    static String callJson(String customerId, Instant connect) {
        return callJson(customerId, connect, "1001", "outgoing");
    }

    static String callJson(String customerId, Instant connect, String accountId, String direction) {
        return """
                {"callId":"%s@it","h323ConfId":"%s","accountId":"%s","accountNumber":"14155550100",
                 "customerId":"%s","callingNumber":"14155550100","calledNumber":"14155550199",
                 "direction":"%s","connectTime":"%s","disconnectTime":"%s"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), accountId, customerId, direction, connect,
                connect.plusSeconds(3));
    }

    JsonObject recording(long id) {
        return ApiClient.json(api().get("recordings/" + id).body());
    }

    JsonObject awaitFinal(long id) throws InterruptedException {
        return await(id, r -> !r.getString("state").equals("PENDING") && !r.getString("state").equals("CONVERTING"));
    }

    /** Polls the recording until the condition holds (or a generous deadline passes; the caller then asserts). */
    JsonObject await(long id, Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonObject recording = recording(id);
            if (condition.test(recording) || Instant.now().isAfter(deadline)) {
                return recording;
            }
            Thread.sleep(250);
        }
    }

    long post(String json, byte[] capture) {
        HttpResponse<String> created = api().postCall(json, capture);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject body = ApiClient.json(created.body());
        assertThat(body.getString("state")).isIn("PENDING", "SUPPRESSED");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/recordings/" + body.getJsonNumber("recordingId").longValue()));
        return body.getJsonNumber("recordingId").longValue();
    }

    /** Account {@code id} of {@code customer}, on a product of its own (same id) with these call recording options. */
    String accountOnOwnProduct(String customer, String id, String callRecording) {
        assertThat(api().put("products/" + id, "{\"name\":\"" + id + "\",\"callRecording\":" + callRecording + "}")
                .statusCode()).isEqualTo(201);
        assertThat(api().put("accounts/" + id, "{\"customer\":\"" + customer + "\",\"product\":\"" + id + "\"}")
                .statusCode()).isEqualTo(201);
        return id;
    }

    /** The answer is 200 or 201; otherwise fails naming the request and the body. */
    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(200, 201);
    }

    /** Polls until the condition holds, failing after a generous deadline. */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for: " + what).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
