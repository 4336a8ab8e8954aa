package io.callrec.media.mp3;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens the encoder for a writer; the first AUTO choice logs one line naming the encoder and why. */
final class Encoders {

    private static final Logger LOG = Logger.getLogger(Encoders.class.getName());
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private Encoders() {
    }

    static FrameEncoder open(Mp3Settings settings, EncoderChoice choice) throws IOException {
        switch (choice) {
            case LAME_NATIVE:
                return new NativeLameEncoder(settings);
            case JUMP3R:
                return new Jump3rEncoder(settings);
            default:
                break;
        }
        String failure = LameLibrary.failure();
        FrameEncoder encoder = failure == null ? new NativeLameEncoder(settings) : new Jump3rEncoder(settings);
        if (LOGGED.compareAndSet(false, true)) {
            if (failure == null) {
                LOG.info(() -> "MP3 encoder: " + encoder.description() + ", the reference encoder, found on this host");
            } else {
                LOG.log(Level.WARNING, () -> "MP3 encoder: " + encoder.description() + ", about 2.5x slower, because "
                        + failure);
            }
        }
        return encoder;
    }
}
