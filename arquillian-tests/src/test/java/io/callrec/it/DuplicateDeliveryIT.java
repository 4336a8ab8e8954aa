package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.it.conversionprobe.ConversionRequestProbe;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A conversion request delivered more than once — a broker redelivering after a crash or to a second
 * instance while the first still works, a request sent again — converts the recording once in effect:
 * whether the copies run at the same time (two MDB sessions) or after the outcome was committed, the
 * recording ends AVAILABLE with one audio file whose digest it records, no temporary file is left, and
 * the outbox holds one event for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicateDeliveryIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Customers (storage folders) of this run only: the test storage folder outlives server restarts. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Deployment(testable = false)
    static EnterpriseArchive earWithRequestProbe() throws IOException {
        return ProbeEar.with("<module><web><web-uri>conversion-probe.war</web-uri>"
                        + "<context-root>/conversion-probe</context-root></web></module>",
                ShrinkWrap.create(WebArchive.class, "conversion-probe.war").addClass(ConversionRequestProbe.class)
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void requestsDeliveredSeveralTimesAtOnceEndWithOneFileAndOneEvent() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = post("at-once");
            sendRequests(id, 2); // with the original: three deliveries, two MDB sessions at a time
            ids.add(id);
        }
        for (long id : ids) {
            convertedOnce("at-once", id, await(id, r -> r.getString("state").equals("AVAILABLE")));
        }
    }

    @Test
    void aRequestDeliveredAgainAfterTheOutcomeChangesNothing() throws Exception {
        long id = post("late");
        JsonObject first = await(id, r -> r.getString("state").equals("AVAILABLE"));
        sendRequests(id, 2);
        Thread.sleep(3000); // the copies are consumed within this; they must find the recording final
        JsonObject after = recording(id);
        assertThat(after.getInt("attempts")).isEqualTo(first.getInt("attempts"));
        assertThat(after.getString("sha256")).isEqualTo(first.getString("sha256"));
        assertThat(after.getString("completedAt")).isEqualTo(first.getString("completedAt"));
        convertedOnce("late", id, after);
    }

    private void convertedOnce(String customer, long id, JsonObject recording) throws Exception {
        assertThat(recording.getString("state")).as("recording %d", id).isEqualTo("AVAILABLE");
        List<Path> files = filesOf(customer, id);
        assertThat(files).as("files of recording %d", id).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).isEqualTo(id + ".wav");
        assertThat(sha256(files.get(0))).isEqualTo(recording.getString("sha256"));
        assertThat(eventsOf(id)).as("outbox events of recording %d", id).isEqualTo(1);
    }

    private long post(String customer) {
        HttpResponse<String> created = api().postCall(DeployedEar.callJson(folder(customer)), Captures.twoLegCall());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created.body()).getJsonNumber("recordingId").longValue();
    }

    private void sendRequests(long id, int copies) throws Exception {
        String base = deployment.toString().replaceAll("/+$", "");
        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/conversion-probe/requests?recording="
                + id + "&copies=" + copies)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }

    private static String folder(String customer) {
        return "it-dup-" + customer + "-" + RUN;
    }

    /** Every file of the customer's folder named after the recording (its audio, or a temporary of it). */
    private static List<Path> filesOf(String customer, long id) throws IOException {
        Path recordings = Path.of(System.getProperty("callrec.test.storage.dir"), "recordings", folder(customer));
        try (Stream<Path> walk = Files.walk(recordings)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(id + ".")).toList();
        }
    }

    private long eventsOf(long id) {
        long count = 0;
        long after = 0;
        while (true) {
            JsonObject page = ApiClient.json(api().get("recording-events?after=" + after + "&limit=500").body());
            List<JsonValue> items = page.getJsonArray("items");
            if (items.isEmpty()) {
                return count;
            }
            for (JsonValue item : items) {
                JsonObject event = item.asJsonObject();
                count += event.getJsonNumber("recordingId").longValue() == id ? 1 : 0;
                after = event.getJsonNumber("id").longValue();
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private ApiClient api() {
        return ApiClient.admin(deployment);
    }

    private JsonObject recording(long id) {
        return ApiClient.json(api().get("recordings/" + id).body());
    }

    private JsonObject await(long id, Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonObject recording = recording(id);
            if (condition.test(recording) || Instant.now().isAfter(deadline)) {
                return recording;
            }
            Thread.sleep(200);
        }
    }
}
