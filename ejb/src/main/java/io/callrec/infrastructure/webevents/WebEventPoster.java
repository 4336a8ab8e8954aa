package io.callrec.infrastructure.webevents;

import io.callrec.domain.webevent.WebEventSignature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Posts one signed event with {@link HttpClient} (redirects are not followed: a 3xx is an answer like any
 * other non-2xx, so a handler cannot bounce the server to another host). Only the start of a reply is
 * read. Never throws for the receiver's sake: what happened is the {@link Answer}.
 */
@ApplicationScoped
public class WebEventPoster {

    /** The receiver's status and the start of its reply, or (status null) why no answer came. */
    public record Answer(Integer status, String reply, String error) {
        public boolean accepted() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private static final int REPLY_CHARS = 500;

    @Inject
    WebEventSettings settings;

    @Inject
    Clock clock;

    private HttpClient client;

    @PostConstruct
    void open() {
        client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer post(URI url, String secret, String eventId, String body) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .header("Callrec-Event-Id", eventId)
                .header(WebEventSignature.HEADER, WebEventSignature.header(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String reply;
            try (InputStream in = response.body()) {
                reply = new String(in.readNBytes(REPLY_CHARS), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), reply, null);
        } catch (IOException e) {
            return new Answer(null, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, null, "interrupted");
        }
    }
}
