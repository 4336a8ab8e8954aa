package io.callrec.media.capture;

import java.io.Closeable;
import java.io.IOException;

/** A capture file format reader: yields frames in file order without loading the file. */
public interface PacketSource extends Closeable {

    /** Refills {@code frame}; false at the end of the data (clean or truncated). */
    boolean next(Frame frame) throws IOException;

    /** True when reading stopped at an incomplete or absurd record instead of a clean end. */
    boolean truncated();

    /** Well-formed records that carried no usable frame (e.g. a packet of an undeclared interface). */
    default long skippedRecords() {
        return 0;
    }
}
