package io.callrec.interfaces.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The filter's refusals, in the API's error format {@code {"status": 401, "error": "..."}}. A 401
 * names both schemes the API accepts. Every credential failure says only "invalid credentials": never
 * whether the login or the password was wrong, or that the login is locked.
 */
final class Refusal {

    static final String INVALID = "invalid credentials";

    private Refusal() {
    }

    static void unauthorized(HttpServletResponse response, String message) throws IOException {
        response.addHeader("WWW-Authenticate", "Basic realm=\"callrec\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"callrec\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    static void forbidden(HttpServletResponse response, String message) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, message);
    }

    static void unavailable(HttpServletResponse response, String message) throws IOException {
        response.setHeader("Retry-After", "30");
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, message);
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = Json.createObjectBuilder().add("status", status).add("error", message).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
