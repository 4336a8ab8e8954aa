package io.callrec.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web event receiver for the tests: the JDK's HTTP server on a free loopback port, keeping every
 * request per path (its signature header and body) and answering 200, or 500 for the paths told to fail.
 */
final class EventReceiver implements AutoCloseable {

    /** One request as it arrived, and the status it was answered with. */
    record Received(String path, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    EventReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The URL of {@code path} on this receiver, e.g. {@code http://127.0.0.1:41234/crm}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void fail(String path, boolean fail) {
        if (fail) {
            failing.add(path);
        } else {
            failing.remove(path);
        }
    }

    /** Every request to {@code path}, in arrival order. */
    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        int status = failing.contains(path) ? 500 : 200;
        received.add(new Received(path, exchange.getRequestHeaders().getFirst("Callrec-Signature"), body, status));
        byte[] reply = (status == 200 ? "thanks" : "down for maintenance").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
