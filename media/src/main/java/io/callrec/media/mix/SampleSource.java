package io.callrec.media.mix;

import java.io.Closeable;
import java.io.IOException;

/** Sequential mono 16-bit PCM from one leg. */
public interface SampleSource extends Closeable {

    /** Reads up to {@code max} samples into {@code out} from {@code offset}; returns 0 at the end. */
    int read(short[] out, int offset, int max) throws IOException;
}
