package io.callrec.interfaces.rest;

import java.util.Optional;

/**
 * One byte range of an HTTP Range header (RFC 9110 §14.1.2), resolved against the file size.
 * Only a single range is honoured; for a multi-range request the whole file is sent, which the RFC
 * allows.
 */
record ByteRange(long first, long last) {

    long length() {
        return last - first + 1;
    }

    /**
     * Empty when the header is absent or not a single bytes range (serve the whole file); throws
     * {@link Unsatisfiable} when the range lies outside the file.
     */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String from = spec.substring(0, dash).trim();
            String to = spec.substring(dash + 1).trim();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix <= 0 || size == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (first >= size || last < first) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The range cannot be served: answer 416 with {@code Content-Range: bytes *}{@code /size}. */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }
}
