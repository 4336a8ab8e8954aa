package io.callrec.media.engine;

/** Output container: PCM WAV, or constant-bit-rate MP3 at the default rate of {@link io.callrec.media.mp3.Mp3Settings}. */
public enum OutputFormat { WAV, MP3 }
