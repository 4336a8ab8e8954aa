package io.callrec.media.cli;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.MediaException;
import io.callrec.media.engine.OutputFormat;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses arguments, runs one conversion, maps the outcome to an exit code. */
public final class ConvertCommand {

    public static final int OK = 0;
    public static final int CONVERSION_FAILED = 1;
    public static final int USAGE = 2;

    private static final String USAGE_LINE =
            "usage: callrec-convert [--format wav|mp3|wav-alaw|wav-ulaw] [--channels mono|stereo] [--meta SIDEFILE]"
            + " [--call-id ID] [--json] INPUT OUTPUT";

    private ConvertCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** In-process entry point (tests, embedding): never exits the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        OutputFormat format = OutputFormat.WAV;
        Channels channels = Channels.MONO;
        boolean json = false;
        String sideFile = null;
        String callId = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--meta") && i + 1 < args.length) {
                sideFile = args[++i];
            } else if (a.equals("--call-id") && i + 1 < args.length) {
                callId = args[++i];
            } else if ((a.equals("--format") || a.equals("--channels")) && i + 1 < args.length) {
                String v = args[++i].toUpperCase(Locale.ROOT).replace('-', '_');
                try {
                    if (a.equals("--format")) {
                        format = OutputFormat.valueOf(v);
                    } else {
                        channels = Channels.valueOf(v);
                    }
                } catch (IllegalArgumentException e) {
                    return usage(err, "invalid value for " + a + ": " + args[i]);
                }
            } else if (a.startsWith("--")) {
                return usage(err, "unknown or incomplete option: " + a);
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            return usage(err, "expected INPUT and OUTPUT");
        }
        try {
            ConversionOptions options = new ConversionOptions(format, channels)
                    .withSideFile(sideFile == null ? null : Path.of(sideFile)).withCallId(callId);
            ConversionResult r = new MediaEngine().convert(Path.of(files.get(0)), Path.of(files.get(1)), options);
            if (json) {
                out.println(r.toJson());
            }
            return OK;
        } catch (MediaException e) {
            err.println("error: " + e.reason() + ": " + e.getMessage());
            return CONVERSION_FAILED;
        } catch (InvalidPathException e) {
            return usage(err, "invalid path: " + e.getInput());
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: " + problem + " (" + USAGE_LINE + ")");
        return USAGE;
    }
}
