package io.callrec.media.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Asks a headless Chromium what its {@code <audio>} element makes of audio files or URLs: the
 * duration it reads, or a media error. A test-side tool (like the capture writers here) for checking
 * that recordings play in a browser. It never downloads a browser: it uses the installed
 * {@code chromium} (Debian's package) and reports none when there is none.
 *
 * <p>A loopback HTTP server serves the page and the local files; the page posts each result back,
 * and the wait is a real-time deadline, so a slow machine only waits longer. The browser and its
 * child processes are killed afterwards, whatever happened.
 */
public final class BrowserPlayback {

    /** The result for an item the browser never answered for. */
    public static final double NO_ANSWER = -99;
    private static final long DEADLINE_SECONDS = 90;

    private BrowserPlayback() {
    }

    /** The installed Chromium, or null. */
    public static Path chromium() {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Seconds of audio the browser finds in each item, in order: a local file (served to it) or an
     * http(s) URL. An item it cannot play maps to {@code -code} of its MediaError, one it never
     * answered for to {@link #NO_ANSWER}. {@code work} holds the browser profile.
     */
    public static Map<Object, Double> durations(Path browser, List<?> items, Path work)
            throws IOException, InterruptedException {
        Map<Integer, Double> answers = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String src = item instanceof Path ? "/file/" + i : item.toString();
            sources.append(i == 0 ? "" : ",").append('"').append(jsString(src)).append('"');
            if (item instanceof Path file) {
                server.createContext("/file/" + i, x -> send(x, 200, "application/octet-stream", Files.readAllBytes(file)));
            }
        }
        byte[] page = """
                <html><body><script>
                const report = (i, value) => fetch("/result/" + i, {method: "POST", body: String(value)});
                [%s].forEach((src, i) => {
                  const a = new Audio();
                  a.preload = "auto";
                  a.onloadedmetadata = () => report(i, a.duration);
                  a.onerror = () => report(i, -(a.error ? a.error.code : 99));
                  a.src = src;
                });
                </script></body></html>
                """.formatted(sources).getBytes(StandardCharsets.UTF_8);
        server.createContext("/page", x -> send(x, 200, "text/html", page));
        server.createContext("/result/", x -> {
            int i = Integer.parseInt(x.getRequestURI().getPath().substring("/result/".length()));
            answers.put(i, Double.parseDouble(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            send(x, 204, "text/plain", new byte[0]);
        });
        server.start();
        Process p = null;
        try {
            p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required",
                    "--user-data-dir=" + work.resolve("profile"),
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/page")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (answers.size() < items.size() && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
        } finally {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            server.stop(0);
        }
        Map<Object, Double> found = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            found.put(items.get(i), answers.getOrDefault(i, NO_ANSWER));
        }
        return found;
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /** A JavaScript string literal's content: backslash, quote and control characters escaped. */
    private static String jsString(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '"' || c == '<' || c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
