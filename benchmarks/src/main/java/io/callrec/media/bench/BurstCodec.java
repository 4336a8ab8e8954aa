package io.callrec.media.bench;

import io.callrec.media.codec.G711Encoder;
import io.callrec.media.testkit.SpeechLikeSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The codecs a burst can mix, with where each leg's 20 ms payloads come from: G.711 is encoded here from
 * a speech-like signal (µ-law one way, A-law the other, static types 0 and 8); G.729 (static type 18)
 * and Opus (dynamic type 107, which the server recognises by its packets, there being no SDP) loop
 * real clips from the corpus, since neither has an encoder here.
 */
enum BurstCodec {
    G711, G729, OPUS;

    static BurstCodec named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown codec " + name + " in --mix (g711, g729, opus)", e);
        }
    }

    /** RTP payload type of leg 0 or 1. */
    int payloadType(int leg) {
        return switch (this) {
            case G711 -> leg == 0 ? 0 : 8;
            case G729 -> 18;
            case OPUS -> 107;
        };
    }

    /** RTP timestamp units per 20 ms packet (Opus counts at 48 kHz whatever it codes, RFC 7587 §4.1). */
    int timestampStep() {
        return this == OPUS ? 960 : 160;
    }

    /** A clip of leg {@code leg}'s payloads, looped by the capture writer. */
    List<byte[]> clip(int leg, Path corpus) throws IOException {
        return switch (this) {
            case G711 -> g711(leg);
            case G729 -> CodecBench.g729Packets(corpusFile(corpus, "g729-24s-rtpproxy.pcap"));
            case OPUS -> PayloadClip.read(corpusFile(corpus, "opus-nb-fec-60s-asterisk.pcapng"), 107);
        };
    }

    private static List<byte[]> g711(int leg) {
        short[] speech = SpeechLikeSignal.generate(8000, 8000 * 30, 17 + leg);
        List<byte[]> packets = new ArrayList<>();
        for (int at = 0; at + 160 <= speech.length; at += 160) {
            byte[] p = new byte[160];
            for (int k = 0; k < 160; k++) {
                p[k] = leg == 0 ? G711Encoder.ulaw(speech[at + k]) : G711Encoder.alaw(speech[at + k]);
            }
            packets.add(p);
        }
        return packets;
    }

    private static Path corpusFile(Path corpus, String name) throws IOException {
        Path file = corpus.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("G.729 and Opus calls loop a corpus clip: " + file + " is missing (--corpus DIR)");
        }
        return file;
    }
}
