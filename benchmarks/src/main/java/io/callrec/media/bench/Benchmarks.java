package io.callrec.media.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The main of {@code callrec-benchmarks.jar}: the first argument names the benchmark, the rest are its
 * own arguments, passed on unchanged ({@code java -jar benchmarks/target/callrec-benchmarks.jar
 * FidelityBench 60 1}). One entry point so that BENCHMARKS.md gives one command instead of a
 * hand-typed classpath. No or an unknown name prints the list and exits with 2, like the CLI's usage errors.
 */
public final class Benchmarks {

    /** A benchmark's own main. */
    @FunctionalInterface
    interface Entry {
        void run(String[] args) throws Exception;
    }

    /** What a benchmark does and its arguments, as the usage lists it. */
    record Bench(String arguments, Entry entry) {
    }

    private final Map<String, Bench> benches;

    Benchmarks(Map<String, Bench> benches) {
        this.benches = Collections.unmodifiableMap(new LinkedHashMap<>(benches));
    }

    /** Every benchmark of this module, by the simple name of its class. */
    static Benchmarks all() {
        Map<String, Bench> all = new LinkedHashMap<>();
        all.put("ConvertBench", new Bench("[seconds, default 3600] [--ffmpeg]", ConvertBench::main));
        all.put("CodecBench", new Bench("[seconds, default 3600] [corpus folder, default ../shared/corpus]",
                CodecBench::main));
        all.put("Mp3Bench", new Bench("[seconds, default 3600]", Mp3Bench::main));
        all.put("FidelityBench", new Bench("[seconds of the drift cases, default 600] [seeds, default 3]"
                + " [only cases whose name contains this]", FidelityBench::main));
        all.put("RecordedCallFidelity", new Bench("OUT [case name]", RecordedCallFidelity::main));
        all.put("BurstBench", new Bench(BurstOptions.USAGE, BurstBench::main));
        all.put("SipParseBench", new Bench("[rounds, default 200000]", SipParseBench::main));
        return new Benchmarks(all);
    }

    public static void main(String[] args) throws Exception {
        int status = all().run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the named benchmark with the remaining arguments: 0; or prints the usage to {@code err}: 2. */
    int run(String[] args, PrintStream err) throws Exception {
        Bench bench = args.length == 0 ? null : benches.get(args[0]);
        if (bench == null) {
            if (args.length > 0) {
                err.println("unknown benchmark: " + args[0]);
            }
            err.print(usage());
            return 2;
        }
        bench.entry().run(Arrays.copyOfRange(args, 1, args.length));
        return 0;
    }

    String usage() {
        StringBuilder s = new StringBuilder("usage: java -jar callrec-benchmarks.jar NAME [ARGS...]\nNAME is one of:\n");
        benches.forEach((name, bench) -> s.append("  ").append(name).append(' ').append(bench.arguments()).append('\n'));
        return s.toString();
    }
}
