package io.callrec.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for the REST API, as the switch, a browser or an operator uses it, with the
 * credentials of one principal: HTTP Basic, a Bearer API token, or none (anonymous).
 */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final Map<String, String> headers;

    private ApiClient(URI base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    ApiClient(URL deploymentUrl) {
        this(URI.create(deploymentUrl.toString().replaceAll("/+$", "") + "/api/v1/"), null, Map.of());
    }

    /** The admin the test server is started with ({@code callrec.bootstrap-admin}, see arquillian.xml). */
    static ApiClient admin(URL deploymentUrl) {
        String[] admin = System.getProperty("callrec.it.admin", "it-admin:it-admin-password").split(":", 2);
        return new ApiClient(deploymentUrl).as(admin[0], admin[1]);
    }

    ApiClient as(String login, String password) {
        return withAuthorization("Basic " + Base64.getEncoder().encodeToString(
                (login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    ApiClient bearer(String token) {
        return withAuthorization("Bearer " + token);
    }

    ApiClient anonymous() {
        return withAuthorization(null);
    }

    /** Sends this exact Authorization header (or none for null), well-formed or not. */
    ApiClient withAuthorization(String header) {
        return new ApiClient(base, header, headers);
    }

    /** Sends one more header with every request (e.g. the Origin a browser adds). */
    ApiClient withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, authorization, more);
    }

    /** The server's origin, as a browser on one of its pages would send it. */
    String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** The absolute URL of an API path (relative to /api/v1/) or of a "Play" link (a path from the server's root). */
    String url(String pathOrLink) {
        return base.resolve(pathOrLink).toString();
    }

    /** Posts a call as multipart form data: a JSON "call" part and a binary "capture" part. */
    HttpResponse<String> postCall(String callJson, byte[] capture) {
        String boundary = "callrec-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (callJson != null) {
            part(body, boundary, "name=\"call\"", "application/json", callJson.getBytes(StandardCharsets.UTF_8));
        }
        if (capture != null) {
            part(body, boundary, "name=\"capture\"; filename=\"call.pcap\"", "application/vnd.tcpdump.pcap", capture);
        }
        write(body, "--" + boundary + "--\r\n");
        return send(request("calls")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String range) {
        HttpRequest.Builder request = request(path).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET of a path from the server's root (a "Play" link or a signed play URL), optionally a byte range. */
    HttpResponse<byte[]> getAbsolute(String rootRelativePath, String range) {
        URI uri = base.resolve("/").resolve(rootRelativePath.replaceFirst("^/", ""));
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> getAbsolute(String rootRelativePath) {
        return getAbsolute(rootRelativePath, null);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private HttpRequest.Builder request(String path) {
        return authorized(HttpRequest.newBuilder(base.resolve(path)));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        headers.forEach(request::header);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type, byte[] content) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; " + disposition
                + "\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
