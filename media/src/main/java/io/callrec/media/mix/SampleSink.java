package io.callrec.media.mix;

import java.io.IOException;

/** Receives interleaved 16-bit frames (one sample per channel). */
public interface SampleSink {

    void write(short[] interleaved, int offset, int samples) throws IOException;
}
