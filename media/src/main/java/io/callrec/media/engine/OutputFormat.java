package io.callrec.media.engine;

/**
 * Output container and encoding. WAV is 16-bit PCM at 8 kHz, or 16 kHz when a leg is wideband.
 * WAV_ALAW / WAV_ULAW are G.711 in WAV (format tags 6 / 7, 8 bits, always 8 kHz): 8000 bytes per
 * second per channel, i.e. 28.8 MB per hour mono, 57.6 MB per hour stereo, half of 16-bit PCM.
 * MP3 is constant-bit-rate MPEG-2.5 (8 kHz) or MPEG-2 (16 kHz, when a leg is wideband) Layer III
 * at the default rate of {@link io.callrec.media.mp3.Mp3Settings}.
 */
public enum OutputFormat { WAV, WAV_ALAW, WAV_ULAW, MP3 }
