package io.callrec.media.mp3;

/** Which encoder an {@link Mp3Writer} uses. */
public enum EncoderChoice {
    /** Native LAME when libmp3lame can be loaded, otherwise jump3r. */
    AUTO,
    /** Native LAME only; opening fails with an IOException when libmp3lame is absent. */
    LAME_NATIVE,
    /** The pure-Java jump3r port of LAME. */
    JUMP3R
}
