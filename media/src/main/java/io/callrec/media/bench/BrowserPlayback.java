package io.callrec.media.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Asks a headless Chromium what its {@code <audio>} element makes of audio URLs: the duration it
 * reads, or a media error. A test-side tool (like the capture writers here) for checking that the
 * recordings the "Play" link serves play in a browser; it never downloads a browser, it uses the
 * installed {@code chromium} (Debian's package) and reports none when there is none.
 */
public final class BrowserPlayback {

    private static final long TIMEOUT_SECONDS = 120;

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
     * Seconds of audio the browser finds at each URL, in order; a URL it cannot play maps to
     * {@code -code} of its MediaError (or -99 when it never answered). {@code work} holds the page and
     * the browser profile.
     */
    public static Map<String, Double> durations(Path browser, List<String> urls, Path work)
            throws IOException, InterruptedException {
        StringBuilder list = new StringBuilder();
        for (String url : urls) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(url.replace("\"", "%22")).append('"');
        }
        Path page = work.resolve("playback.html");
        Files.writeString(page, """
                <html><body><pre id="out"></pre><script>
                const out = document.getElementById("out");
                for (const url of [%s]) {
                  const a = new Audio();
                  a.preload = "auto";
                  a.onloadedmetadata = () => { out.textContent += url + "|" + a.duration + "\\n"; };
                  a.onerror = () => { out.textContent += url + "|" + (-(a.error ? a.error.code : 99)) + "\\n"; };
                  a.src = url;
                }
                </script></body></html>
                """.formatted(list), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + work.resolve("profile"), "--virtual-time-budget=20000", "--dump-dom",
                page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String text = new String(dom, StandardCharsets.UTF_8);
        Map<String, Double> found = new LinkedHashMap<>();
        urls.forEach(u -> found.put(u, -99.0));
        int start = text.indexOf("<pre id=\"out\">");
        int end = text.indexOf("</pre>", Math.max(0, start));
        if (start >= 0 && end > start) {
            for (String line : new ArrayList<>(List.of(text.substring(start + 14, end).split("\n")))) {
                int bar = line.lastIndexOf('|');
                if (bar > 0) {
                    found.put(line.substring(0, bar).replace("&amp;", "&"), Double.parseDouble(line.substring(bar + 1)));
                }
            }
        }
        return found;
    }
}
