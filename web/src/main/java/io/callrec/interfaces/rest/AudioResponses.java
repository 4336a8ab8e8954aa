package io.callrec.interfaces.rest;

import io.callrec.domain.recording.AudioFormat;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves an audio file whole or by byte range, so a browser's player can seek (HTTP 206 with
 * Content-Range, 416 when the range lies outside the file).
 */
final class AudioResponses {

    private AudioResponses() {
    }

    /** {@code format}: the label the recording stored (wav, wav-alaw, wav-ulaw, mp3). */
    static String fileName(long recordingId, String format) {
        return "recording-" + recordingId + "." + AudioFormat.ofStored(format).extension();
    }

    /** audio/wav for every WAV (16-bit PCM or 8-bit G.711), audio/mpeg for MP3. */
    static String contentType(String format) {
        return AudioFormat.ofStored(format).contentType();
    }

    static Response serve(Path file, String fileName, String format, String etag, String rangeHeader) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(rangeHeader, size);
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + size).header("Accept-Ranges", "bytes").build();
        }
        ByteRange served = range.orElse(new ByteRange(0, size - 1));
        Response.ResponseBuilder response = range.isPresent()
                ? Response.status(Response.Status.PARTIAL_CONTENT)
                        .header("Content-Range", "bytes " + served.first() + "-" + served.last() + "/" + size)
                : Response.ok();
        return response
                .entity(copy(file, served))
                .type(contentType(format))
                .header(HttpHeaders.CONTENT_LENGTH, size == 0 ? 0 : served.length())
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.ETAG, "\"" + etag + "\"")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }

    private static StreamingOutput copy(Path file, ByteRange range) {
        return (OutputStream out) -> {
            if (range.length() <= 0) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file);
                 InputStream in = Channels.newInputStream(channel.position(range.first()))) {
                byte[] buffer = new byte[64 * 1024];
                long remaining = range.length();
                while (remaining > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    remaining -= n;
                }
            }
        };
    }
}
