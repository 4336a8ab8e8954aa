package io.callrec.media.timeline;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.DiscontinuousTransmission;
import io.callrec.media.codec.FecDecoder;
import java.io.IOException;

/**
 * Fills the gap between a leg's audio so far and its next audio packet, by cause: after RFC 3389
 * comfort noise, noise at the signalled level (from the first CN packet's position); after lost
 * packets, the decoder's concealment for the missing packets' duration, at most
 * {@link #MAX_CONCEAL_MILLIS}, the last lost packet rebuilt from the next one's in-band FEC when
 * the decoder offers it ({@link FecDecoder}, Opus); after a codec's own silence frame (G.729 Annex B or G.723.1
 * Annex A SID, see {@link DiscontinuousTransmission}), the decoder's comfort noise for the whole
 * pause, lost packets included (they were SIDs or nothing); otherwise (silence suppression, hold)
 * nothing, i.e. silence.
 */
final class GapFiller {

    static final int MAX_CONCEAL_MILLIS = 1000;

    private final PcmTrack track;
    private final short[] pcm;
    private final LegCounters counters;
    private final int trackRate;
    private final Rfc3389ComfortNoise noise = new Rfc3389ComfortNoise();
    private long audioEnd;
    private AudioDecoder lastDecoder;
    private int lastPacketSamples;
    private long noiseStart = -1;
    private long noiseLast = -1;

    GapFiller(PcmTrack track, short[] pcm, LegCounters counters, int trackRate) {
        this.track = track;
        this.pcm = pcm;
        this.counters = counters;
        this.trackRate = trackRate;
    }

    /** A CN packet at {@code position}: opens (or updates the level of) a comfort-noise period. */
    void comfortNoise(long position, byte[] b, int offset, int length) {
        if (noise.level(b, offset, length) >= 0) {
            noiseStart = noiseStart < 0 ? position : noiseStart;
            noiseLast = Math.max(noiseLast, position);
        }
    }

    /**
     * Before an audio packet at {@code position} that follows {@code missing} lost sequence numbers;
     * {@code decoder} and the payload are the packet's own (for in-band FEC).
     */
    void beforeAudio(long position, long missing, AudioDecoder decoder, byte[] data, int offset, int length)
            throws IOException {
        if (counters.audioPackets == 0 || position <= audioEnd) {
            return;
        }
        if (noiseStart >= 0) {
            fillNoise(Math.max(audioEnd, noiseStart), position);
        } else if (lastDecoder instanceof DiscontinuousTransmission dtx && dtx.inComfortNoise()) {
            fillCodecNoise(position);
        } else if (missing > 0 && lastDecoder != null) {
            long gap = position - audioEnd;
            long n = Math.min(gap, Math.min(missing * lastPacketSamples, (long) MAX_CONCEAL_MILLIS * trackRate / 1000));
            // RFC 6716 §2.1.7: this packet's LBRR data rebuilds the lost packet just before it.
            long fec = n == gap && decoder == lastDecoder && decoder instanceof FecDecoder
                    ? Math.min(n, Math.min(lastPacketSamples, pcm.length)) : 0;
            // Concealment extrapolates the audio before the gap: when that was refused (recording
            // stopped), its continuation must not slip into the recording either; the decoder still
            // conceals, so its state stays what the next packet expects.
            boolean fromKeptAudio = track.admits(audioEnd - 1);
            for (long p = audioEnd; p < audioEnd + n - fec;) {
                int k = lastDecoder.conceal(pcm, 0, (int) Math.min(pcm.length, audioEnd + n - fec - p));
                if (k <= 0) {
                    break;
                }
                if (fromKeptAudio) {
                    track.write(p, pcm, 0, k);
                    counters.concealedSamples += k;
                }
                p += k;
            }
            if (fec > 0) {
                FecDecoder fd = (FecDecoder) decoder;
                long recovered = fd.fecRecovered();
                int k = fd.decodeFec(data, offset, length, pcm, 0, (int) fec);
                counters.fecRecovered += fd.fecRecovered() - recovered;
                track.write(position - fec, pcm, 0, k);
                counters.concealedSamples += k;
            }
        }
    }

    /** After an audio packet was placed, ending at {@code end}. */
    void afterAudio(long end, AudioDecoder decoder, int samples) {
        audioEnd = Math.max(audioEnd, end);
        lastDecoder = decoder;
        lastPacketSamples = samples;
        noiseStart = -1;
        noiseLast = -1;
    }

    /** At the end of the leg: trailing comfort noise up to the last CN packet. */
    void finish() throws IOException {
        if (noiseStart >= 0 && counters.audioPackets > 0) {
            fillNoise(Math.max(audioEnd, noiseStart), noiseLast);
            noiseStart = -1;
        }
    }

    /** The decoder's own comfort noise from the end of the audio up to {@code to}. */
    private void fillCodecNoise(long to) throws IOException {
        long from = audioEnd;
        for (long p = from; p < to;) {
            int k = lastDecoder.conceal(pcm, 0, (int) Math.min(pcm.length, to - p));
            if (k <= 0) {
                break;
            }
            track.write(p, pcm, 0, k);
            counters.comfortNoiseSamples += k;
            p += k;
        }
    }

    private void fillNoise(long from, long to) throws IOException {
        for (long p = from; p < to;) {
            int k = (int) Math.min(pcm.length, to - p);
            noise.fill(pcm, 0, k);
            track.write(p, pcm, 0, k);
            counters.comfortNoiseSamples += k;
            p += k;
        }
        if (to > from) {
            counters.media(from, to);
        }
    }
}
