/**
 * MP3 output: {@link io.callrec.media.mp3.Mp3Writer} is a {@link io.callrec.media.mix.SampleSink}
 * like the WAV writer, encoding 8 or 16 kHz, mono or stereo, 16-bit PCM at a constant bit rate
 * ({@link io.callrec.media.mp3.Mp3Settings} documents the defaults, all under 30 MB per hour).
 * The encoder is LAME: the system's libmp3lame (Debian package {@code libmp3lame0}) through JNA
 * when it loads, else the pure-Java port jump3r; the first writer logs which one and why.
 */
package io.callrec.media.mp3;
