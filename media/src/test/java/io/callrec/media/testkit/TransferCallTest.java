package io.callrec.media.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.media.codec.G711Decoder;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.TimeSpan;
import io.callrec.media.testing.WavFile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transfer capture converts to each part's peer signal in turn, sample for sample, and cuts where told. */
class TransferCallTest {

    private static final long T0 = 1_764_150_000_000_000_000L;

    @TempDir
    Path dir;

    private Path transfer() throws Exception {
        Path pcap = dir.resolve("transfer.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new TransferCall(T0).part("192.0.2.20", 0, 2000, 0).part("192.0.2.1", 2000, 3000, 1)
                    .part("192.0.2.30", 3000, 6000, 2).write(out);
        }
        return pcap;
    }

    private static short[] signal(int signal, int from, int to) {
        byte[] coded = new byte[to - from];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = TransferCall.signalByte(signal, from + i);
        }
        short[] pcm = new short[coded.length];
        G711Decoder.ulaw().decode(coded, 0, coded.length, pcm, 0);
        return pcm;
    }

    private static short[] concat(short[]... parts) {
        short[] all = new short[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static Instant at(long millis) {
        return Instant.ofEpochSecond(0, T0 + millis * 1_000_000L);
    }

    @Test
    void wholeCaptureIsEachPeersSignalInTurn() throws Exception {
        new MediaEngine().convert(transfer(), dir.resolve("whole.wav"), ConversionOptions.defaults());
        short[] audio = WavFile.read(dir.resolve("whole.wav")).channel(0);
        assertThat(audio).isEqualTo(concat(signal(0, 0, 16000), signal(1, 0, 8000), signal(2, 0, 24000)));
    }

    @Test
    void spansAcrossThePartsKeepExactlyTheirSamples() throws Exception {
        List<TimeSpan> spans = List.of(new TimeSpan(at(1000), at(3000)), new TimeSpan(at(4500), at(6000)));
        new MediaEngine().convert(transfer(), dir.resolve("cut.wav"), ConversionOptions.defaults().withSpans(spans));
        short[] audio = WavFile.read(dir.resolve("cut.wav")).channel(0);
        assertThat(audio).isEqualTo(concat(signal(0, 8000, 16000), signal(1, 0, 8000), signal(2, 12000, 24000)));
    }

    @Test
    void signalledCallKeepsItsPartsAndLeavesTheConsultationDialogOut() throws Exception {
        Path pcap = dir.resolve("signalled.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new TransferCall(T0).signalled().part("192.0.2.20", 0, 2000, 0).part("192.0.2.1", 2000, 3000, 1)
                    .consultation("192.0.2.20", "192.0.2.30", 2000, 3000, 3)
                    .part("192.0.2.30", 3000, 6000, 2).write(out);
        }
        List<TimeSpan> spans = List.of(new TimeSpan(at(1000), at(3000)), new TimeSpan(at(3000), at(6000)));
        ConversionResult result = new MediaEngine().convert(pcap, dir.resolve("signalled.wav"),
                ConversionOptions.defaults().withSpans(spans));
        short[] audio = WavFile.read(dir.resolve("signalled.wav")).channel(0);
        assertThat(result.calls()).hasSize(2);
        assertThat(audio).isEqualTo(concat(signal(0, 8000, 16000), signal(1, 0, 8000), signal(2, 0, 24000)));
    }

    @Test
    void recordInfoSentByTheCurrentPeerIsFoundInTheCallsSignalling() throws Exception {
        Path pcap = dir.resolve("info.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            new TransferCall(T0).signalled().recordInfo(1000, true).recordInfo(4000, false)
                    .part("192.0.2.20", 0, 2000, 0).part("192.0.2.30", 2000, 6000, 2).write(out);
        }
        ConversionResult analysis = new MediaEngine().analyse(pcap);

        assertThat(analysis.calls()).singleElement().satisfies(c -> assertThat(c.infoEvents())
                .extracting(e -> e.value(), e -> e.captureNanos())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("on", T0 + 1_000_000_000L),
                        org.assertj.core.groups.Tuple.tuple("off", T0 + 4_000_000_000L)));
    }

    @Test
    void signalsDifferFromEachOther() {
        assertThat(signal(0, 0, 160)).isNotEqualTo(signal(1, 0, 160)).isNotEqualTo(signal(2, 0, 160))
                .isNotEqualTo(signal(3, 0, 160));
        assertThat(signal(1, 0, 160)).isNotEqualTo(signal(2, 0, 160)).isNotEqualTo(signal(3, 0, 160));
        assertThat(signal(2, 0, 160)).isNotEqualTo(signal(3, 0, 160));
    }

    @Test
    void partsMustSpanWholePackets() {
        assertThatThrownBy(() -> new TransferCall(T0).part("192.0.2.20", 0, 1010, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
