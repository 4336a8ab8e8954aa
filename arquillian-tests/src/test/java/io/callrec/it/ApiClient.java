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
import java.util.UUID;

/** A small HTTP client for the REST API, as the switch and a browser use it. */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ApiClient(URL deploymentUrl) {
        this.base = URI.create(deploymentUrl.toString().replaceAll("/+$", "") + "/api/v1/");
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
        return send(HttpRequest.newBuilder(base.resolve("calls"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> getAbsolute(String rootRelativePath) {
        URI uri = base.resolve("/").resolve(rootRelativePath.replaceFirst("^/", ""));
        return send(HttpRequest.newBuilder(uri).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
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
