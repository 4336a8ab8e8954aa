package io.callrec.media.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The burst's arguments: {@code URL USER:PASSWORD [--calls N] [--seconds S] [--mix g711=W,g729=W,opus=W]
 * [--format wav|wav-alaw|wav-ulaw|mp3] [--posters P] [--corpus DIR] [--pid PID] [--timeout-minutes M]
 * [--also URL2,URL3]}. The credentials are an admin's: the run creates its own switch user, token and
 * customer. {@code --also} names more instances of a shared topology: the posts go round-robin over all
 * of them, as a load balancer in front of the switch would spread them.
 */
record BurstOptions(URI api, String admin, int calls, int seconds, Map<BurstCodec, Integer> mix, String format,
        int posters, Path corpus, long serverPid, int timeoutMinutes, List<URI> also) {

    static final String USAGE = "URL ADMIN:PASSWORD [--calls 500] [--seconds 300] [--mix g711=1,g729=0,opus=0]"
            + " [--format wav] [--posters 4] [--corpus ../shared/corpus] [--pid SERVER_PID] [--timeout-minutes 60] [--also URL2,URL3]";

    static BurstOptions parse(String[] args) {
        if (args.length < 2 || !args[1].contains(":")) {
            throw new IllegalArgumentException("usage: BurstBench " + USAGE);
        }
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --flag value at " + args[i] + "; usage: BurstBench " + USAGE);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        BurstOptions options = new BurstOptions(api(args[0]), args[1],
                positive(flags.remove("calls"), 500, "calls"), positive(flags.remove("seconds"), 300, "seconds"),
                mix(flags.getOrDefault("mix", "g711=1")), flags.getOrDefault("format", "wav"),
                positive(flags.remove("posters"), 4, "posters"),
                Path.of(flags.getOrDefault("corpus", System.getProperty("callrec.corpus.dir", "../shared/corpus"))),
                flags.containsKey("pid") ? Long.parseLong(flags.get("pid")) : -1,
                positive(flags.remove("timeout-minutes"), 60, "timeout-minutes"),
                flags.containsKey("also") ? Stream.of(flags.get("also").split(",")).map(BurstOptions::api).toList() : List.of());
        flags.keySet().removeAll(List.of("mix", "format", "corpus", "pid", "also"));
        if (!flags.isEmpty()) {
            throw new IllegalArgumentException("unknown flags " + flags.keySet() + "; usage: BurstBench " + USAGE);
        }
        return options;
    }

    /** The API a post of call {@code i} (1-based) goes to: round-robin over the first URL and {@code --also}'s. */
    URI postApi(int i) {
        return i % (also.size() + 1) == 0 ? api : also.get(i % (also.size() + 1) - 1);
    }

    private static URI api(String url) {
        String base = url.trim().endsWith("/") ? url.trim() : url.trim() + "/";
        return URI.create(base + "api/v1/");
    }

    /** The codec of call {@code i} (1-based): the mix's weights spread evenly over the calls. */
    BurstCodec codecOf(int i) {
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        int slot = (int) ((i * 7919L) % total);
        for (Map.Entry<BurstCodec, Integer> e : mix.entrySet()) {
            slot -= e.getValue();
            if (slot < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("empty mix");
    }

    private static Map<BurstCodec, Integer> mix(String text) {
        Map<BurstCodec, Integer> mix = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            int weight = kv.length == 2 ? Integer.parseInt(kv[1].trim()) : 1;
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight in --mix " + text);
            }
            if (weight > 0) {
                mix.put(BurstCodec.named(kv[0].trim()), weight);
            }
        }
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("--mix " + text + " gives every codec weight 0");
        }
        return mix;
    }

    private static int positive(String value, int fallback, String name) {
        int v = value == null ? fallback : Integer.parseInt(value);
        if (v <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive, not " + value);
        }
        return v;
    }
}
