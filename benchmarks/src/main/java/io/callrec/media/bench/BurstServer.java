package io.callrec.media.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The server as the burst sees it, through its REST API only: the set-up an admin does once (a switch
 * user and its API token, the burst's customer with the output format), the switch's posts and the
 * admin's reads of the outcome-event feed.
 */
final class BurstServer {

    /** One outcome event: the feed position, the recording, its final state and when it happened. */
    record Outcome(long position, long recordingId, String state, Instant at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String adminAuth;
    private String switchAuth;

    BurstServer(URI api, String admin) {
        this.api = api;
        this.adminAuth = "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the switch user and its token (tokens cost no bcrypt per post) and the customer. */
    void setUp(String customer, String format) throws IOException, InterruptedException {
        String password = UUID.randomUUID().toString();
        send(adminAuth, "PUT", "users/burst-switch", "{\"role\":\"switch\",\"password\":\"" + password + "\"}");
        JsonNode token = send(adminAuth, "POST", "users/burst-switch/tokens", "{\"name\":\"burst " + Instant.now() + "\"}");
        switchAuth = "Bearer " + token.path("token").asText();
        send(adminAuth, "PUT", "customers/" + customer,
                "{\"name\":\"Burst benchmark\",\"outputFormat\":\"" + format + "\"}");
    }

    /**
     * Posts one call as the switch to the instance at {@code target} (an API base); the recording's id.
     * Through {@link HttpURLConnection} in fixed-length streaming mode, which writes the capture straight
     * to a kept-alive socket: the JDK's HttpClient copies every body through its selector thread, and
     * the posting client shares the cores with the server it measures (it took a quarter of the CPU).
     */
    long post(URI target, String callRecord, byte[] capture) throws IOException {
        String boundary = "burst" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"call\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + callRecord + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"capture\"; filename=\"call.pcap\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpURLConnection c = (HttpURLConnection) target.resolve("calls").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setConnectTimeout(10_000);
        c.setReadTimeout(300_000);
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode((long) head.length + capture.length + tail.length);
        c.setRequestProperty("Authorization", switchAuth);
        c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        c.setRequestProperty("Accept", "application/json");
        try (OutputStream out = c.getOutputStream()) {
            out.write(head);
            out.write(capture);
            out.write(tail);
        }
        int status = c.getResponseCode();
        InputStream body = status / 100 == 2 ? c.getInputStream() : c.getErrorStream();
        String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        if (body != null) {
            body.close(); // read to the end and closed: the connection goes back to the keep-alive cache
        }
        if (status / 100 != 2) {
            throw new IOException("POST " + c.getURL() + " answered " + status + ": " + text);
        }
        return JSON.readTree(text).path("recordingId").asLong();
    }

    /** The feed's events after {@code position}, oldest first (at most 1000). */
    List<Outcome> events(long position) throws IOException, InterruptedException {
        List<Outcome> out = new ArrayList<>();
        for (JsonNode e : send(adminAuth, "GET", "recording-events?limit=1000&after=" + position, null).path("items")) {
            out.add(new Outcome(e.path("id").asLong(), e.path("recordingId").asLong(), e.path("state").asText(),
                    Instant.parse(e.path("occurredAt").asText())));
        }
        return out;
    }

    /** The feed's last position now: where the burst starts reading. */
    long lastPosition() throws IOException, InterruptedException {
        long position = 0;
        for (List<Outcome> page = events(0); !page.isEmpty(); page = events(position)) {
            position = page.get(page.size() - 1).position();
        }
        return position;
    }

    private JsonNode send(String auth, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", auth).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return answer(b.build());
    }

    private JsonNode answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }
}
