package io.callrec.media.capture;

import java.io.IOException;
import java.io.InputStream;

/** Reads exactly-n-or-fewer bytes and skips, reporting how much was really available. */
final class StreamInput {

    private final InputStream in;

    StreamInput(InputStream in) {
        this.in = in;
    }

    /** Returns the number of bytes read; less than {@code len} only at end of file. */
    int read(byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int n = in.read(b, off + total, len - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** Returns false when the file ended before {@code count} bytes could be skipped. */
    boolean skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                n = 1;
            }
            left -= n;
        }
        return true;
    }

    void close() throws IOException {
        in.close();
    }
}
