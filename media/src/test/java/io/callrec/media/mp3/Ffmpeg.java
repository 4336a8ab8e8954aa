package io.callrec.media.mp3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/** ffprobe/ffmpeg as independent checkers, when they are on PATH. */
final class Ffmpeg {

    record Probe(String codec, int sampleRate, int channels, double durationSeconds) {
    }

    private static final boolean AVAILABLE = runs("ffprobe") && runs("ffmpeg");

    private Ffmpeg() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    static Probe probe(Path mp3) throws IOException {
        byte[] json = run(List.of("ffprobe", "-v", "error", "-show_entries",
                "format=duration:stream=sample_rate,channels,codec_name", "-of", "json", mp3.toString()));
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode stream = root.path("streams").path(0);
        return new Probe(stream.path("codec_name").asText(), stream.path("sample_rate").asInt(),
                stream.path("channels").asInt(), root.path("format").path("duration").asDouble());
    }

    /** Decodes to interleaved 16-bit PCM at the file's own rate and channel count. */
    static short[] decode(Path mp3) throws IOException {
        byte[] raw = run(List.of("ffmpeg", "-v", "error", "-i", mp3.toString(), "-f", "s16le", "-"));
        short[] pcm = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
        return pcm;
    }

    private static byte[] run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        try {
            if (p.waitFor() != 0) {
                throw new IOException(command.get(0) + " exited with " + p.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out.toByteArray();
    }

    private static boolean runs(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
