package io.callrec.media.wav;

/**
 * Sample encoding of a WAV data chunk: 16-bit linear PCM (format tag 1), or 8-bit G.711 A-law
 * (tag 6, WAVE_FORMAT_ALAW) / µ-law (tag 7, WAVE_FORMAT_MULAW), which need an 18-byte fmt chunk
 * and a "fact" chunk with the sample count (the RIFF rules for non-PCM formats).
 */
public enum WavEncoding {
    PCM_16(1, 2), ALAW(6, 1), ULAW(7, 1);

    final int formatTag;
    final int bytesPerSample;

    WavEncoding(int formatTag, int bytesPerSample) {
        this.formatTag = formatTag;
        this.bytesPerSample = bytesPerSample;
    }

    /** Header size: 44 for PCM; 58 for G.711 (fmt 18 bytes + fact chunk). */
    public int headerBytes() {
        return this == PCM_16 ? 44 : 58;
    }
}
