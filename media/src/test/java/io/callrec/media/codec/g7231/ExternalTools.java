package io.callrec.media.codec.g7231;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: runs ffmpeg, espeak-ng and sox when installed (tests skip otherwise). */
final class ExternalTools {

    private ExternalTools() {
    }

    static boolean installed(String tool) {
        try {
            Process p = new ProcessBuilder(tool, tool.equals("ffmpeg") ? "-version" : "--version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command + " failed: " + output);
        }
    }

    /** ffmpeg's g723_1 decode (post-filter on) of a raw frame stream. */
    static short[] ffmpegDecode(byte[] frames, Path dir) throws IOException, InterruptedException {
        Path in = Files.write(dir.resolve("in.tco"), frames);
        Path out = dir.resolve("ref.raw");
        run(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f", "g723_1",
            "-i", in.toString(), "-f", "s16le", out.toString()));
        return PcmCompare.fromS16le(Files.readAllBytes(out));
    }

    /** espeak-ng speech, resampled by sox to 8 kHz s16le, encoded by ffmpeg at 6.3 kbit/s. */
    static byte[] speechAt6k3(String text, Path dir) throws IOException, InterruptedException {
        Path wav = dir.resolve("speech.wav");
        Path raw = dir.resolve("speech.raw");
        Path tco = dir.resolve("speech.tco");
        run(List.of("espeak-ng", "-w", wav.toString(), text));
        run(List.of("sox", wav.toString(), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer",
            "-t", "raw", raw.toString()));
        run(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f", "s16le",
            "-ar", "8000", "-ac", "1", "-i", raw.toString(), "-c:a", "g723_1", "-b:a", "6300",
            "-f", "g723_1", tco.toString()));
        return Files.readAllBytes(tco);
    }
}
